/** Addresses the classroom can reach, and which requests come from the presenter's machine. */
import type { IncomingMessage } from 'node:http'
import { networkInterfaces } from 'node:os'
import process from 'node:process'

/** A client's address without the IPv4-mapped IPv6 prefix (`::ffff:10.0.0.5` is `10.0.0.5`). */
export function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
}

export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || address.startsWith('127.')
}

/** A host as a URL or `--host` names it: a loopback address (`[::1]` bracketed or not) or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return bare === 'localhost' || isLoopbackAddress(bare)
}

/** Listening on every network (`--host 0.0.0.0`, `::`). */
export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === ''
}

/**
 * The origin the presenter's own windows open on this laptop: 127.0.0.1 when listening on every
 * network (a loopback name is one Slidev trusts to drive the deck), else the address listened on.
 */
export function windowOrigin(host: string, port: number): string {
  const name = isWildcardHost(host) ? '127.0.0.1' : host
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`
}

/**
 * Tells requests from the presenter's machine apart from the classroom's. By default that is any
 * loopback address; a list (POLLS_PRESENTER_ADDRESSES, comma-separated) narrows it, which lets a
 * test play a phone from 127.0.0.2 while only 127.0.0.1 is the presenter.
 */
export function presenterMachine(list = process.env.POLLS_PRESENTER_ADDRESSES): (req: IncomingMessage) => boolean {
  const isPresenter = presenterAddress(list)
  return req => isPresenter(clientAddress(req))
}

/** The same test on an address (a socket's, before any request arrives). */
export function presenterAddress(list = process.env.POLLS_PRESENTER_ADDRESSES): (address: string) => boolean {
  const addresses = new Set((list ?? '').split(',').map(a => a.trim()).filter(Boolean))
  return addresses.size
    ? address => addresses.has(address)
    : isLoopbackAddress
}

/** IPv4 LAN addresses, most likely first (private ranges before others). */
export function lanAddresses(): string[] {
  const found: string[] = []
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal)
        found.push(info.address)
    }
  }
  const rank = (ip: string) => (/^(?:192\.168|10)\./.test(ip)
    ? 0
    : /^172\.(?:1[6-9]|2\d|3[01])\./.test(ip)
      ? 1
      : 2)
  return found.sort((a, b) => rank(a) - rank(b))
}

/** Join URLs for a server bound to `host`: the LAN addresses when bound to all interfaces. */
export function joinUrls(host: string, port: number): string[] {
  const hosts = isWildcardHost(host)
    ? [
        ...lanAddresses(),
        '127.0.0.1',
      ]
    : [host]
  // Port 80 is what a browser assumes for http://: the shortest address to type.
  const suffix = port === 80 ? '' : `:${port}`
  return hosts.map(h => `http://${h.includes(':')
    ? `[${h}]`
    : h}${suffix}/join`)
}
