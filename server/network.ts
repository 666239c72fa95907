/** Addresses the classroom can reach, and which requests come from this machine. */
import type { IncomingMessage } from 'node:http'
import { networkInterfaces } from 'node:os'

export function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? ''
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
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
  const wildcard = host === '0.0.0.0' || host === '::' || host === ''
  const hosts = wildcard
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
