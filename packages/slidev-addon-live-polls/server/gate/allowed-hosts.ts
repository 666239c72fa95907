/**
 * The names this server answers to. A page on an attacker's domain that resolves to this laptop
 * (DNS rebinding) makes the browser send its own name as Host; refusing every name but the
 * addresses the banner prints, loopback, the bound address and the laptop's own name keeps the
 * deck, the notes and the quiz answers from being read that way. The laptop's addresses are read again when an unknown one
 * turns up (the Wi-Fi changed), at most once a second.
 */
import { isIP } from 'node:net'
import { hostname, networkInterfaces } from 'node:os'

const REREAD_MS = 1000

/** The host name of a Host header, lower case, without port or IPv6 brackets; null if malformed. */
export function hostName(header: string | undefined): string | null {
  if (!header)
    return null
  const value = header.trim().toLowerCase()
  if (value.startsWith('[')) {
    const end = value.indexOf(']')
    const rest = value.slice(end + 1)
    return end > 0 && (rest === '' || /^:\d{1,5}$/.test(rest)) ? value.slice(1, end) : null
  }
  const match = /^([^:]+)(?::\d{1,5})?$/.exec(value)
  return match ? match[1] : null
}

function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'))
}

function interfaceAddresses(): Set<string> {
  const found = new Set<string>()
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? [])
      found.add(info.address.toLowerCase().replace(/%.*$/, ''))
  }
  return found
}

export interface HostCheck {
  /** True when a request with this Host header is for this server. */
  allows: (header: string | undefined) => boolean
}

/** `bound`: the address the server listens on; `extra`: more names (a public URL's host). */
export function hostCheck(options: { bound?: string, extra?: string[], addresses?: () => Set<string>, ownName?: string } = {}): HostCheck {
  const read = options.addresses ?? interfaceAddresses
  const wildcard = new Set(['', '0.0.0.0', '::'])
  // The laptop's own name, as a phone may type it (`laptop.local` on most networks).
  const own = options.ownName ?? hostname()
  const fixed = new Set([options.bound, own, `${own}.local`, ...(options.extra ?? [])].filter((h): h is string => h !== undefined && !wildcard.has(h)).map(h => h.toLowerCase()))
  let addresses = read()
  let readAt = Date.now()
  return {
    allows: (header) => {
      const name = hostName(header)
      if (name === null)
        return false
      if (isLoopbackName(name) || fixed.has(name) || addresses.has(name))
        return true
      if (isIP(name) && Date.now() - readAt >= REREAD_MS) {
        addresses = read()
        readAt = Date.now()
        return addresses.has(name)
      }
      return false
    },
  }
}
