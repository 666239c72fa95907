/**
 * Whether a request comes from a page of this server's own origin. A page on another origin
 * (another tab of the presenter's browser, another port on loopback, another address of the same
 * laptop) can still make the browser send requests here, with its cookies and from the presenter's
 * machine: only the browser's own headers tell such requests apart.
 *
 * `Sec-Fetch-Site` decides when present (browsers send it to loopback and HTTPS origins; a page
 * cannot set it). Without it, `Origin` must be this server's own (browsers send it on every
 * request that is not a GET or HEAD, to any address). A request with neither is not from a
 * browser (a script, curl): no page can make a browser send it, so it is not cross-site.
 */
import type { IncomingMessage } from 'node:http'

export type Provenance = 'same-origin' | 'not-a-browser' | 'user' | 'cross-origin'

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The origin a page of this server has: the scheme it is reached by and the Host it was asked for. */
export function ownOrigin(req: IncomingMessage, scheme = 'http'): string {
  return `${scheme}://${(header(req, 'host') ?? '').toLowerCase()}`
}

/** Where the request comes from; `user`: typed, bookmarked or scanned (`Sec-Fetch-Site: none`). */
export function provenance(req: IncomingMessage, scheme = 'http'): Provenance {
  const site = header(req, 'sec-fetch-site')
  if (site)
    return site === 'same-origin' ? 'same-origin' : site === 'none' ? 'user' : 'cross-origin'
  const origin = header(req, 'origin')
  if (origin === undefined)
    return 'not-a-browser'
  return origin.toLowerCase() === ownOrigin(req, scheme) ? 'same-origin' : 'cross-origin'
}

/**
 * A top-level page load (a link followed, a QR code opened), as opposed to a script's request or
 * a page loaded in a frame (which another site could repeat out of sight).
 */
export function isNavigation(req: IncomingMessage): boolean {
  const mode = header(req, 'sec-fetch-mode')
  const dest = header(req, 'sec-fetch-dest')
  return (mode === undefined || mode === 'navigate') && (dest === undefined || dest === 'document')
}
