/**
 * Who on the network reaches what. The presenter's machine reaches everything. Another address
 * (a phone on the classroom Wi-Fi) reaches /join, /remote's page and the participant API only;
 * with the presenter's token in the Authorization header it also reaches the phone remote's API
 * (/api/remote/*), and no other presenter route (results, exports), unless the
 * facilitator chose --share-deck: then it also reaches the deck, but never Slidev's endpoints that
 * write slides, post shared state (navigation included), serve MCP or open the editor, nor the
 * vote log or the facilitator guide.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Handler } from './http-api.ts'
import { isApiPath, isParticipantPath, isRemoteApiPath } from './http-api.ts'
import { bearerToken, tokenMatches } from './presenter-token.ts'

export interface GateOptions {
  isPresenterMachine: (req: IncomingMessage) => boolean
  /** Serve the deck (and, in workshop mode, its sources) to every address. */
  shareDeck: boolean
  /** The presenter's token: with it in the Authorization header, another address reaches the remote's API. */
  token: string
}

// Never for other addresses, deck shared or not.
const PRESENTER_ONLY = [
  /^\/__mcp(?:\/|$)/,
  /^\/__open-in-editor/,
  /^\/__inspect/,
  /^\/__slidev\//,
  /\/results\//,
  /^\/handouts\/facilitator/,
]
// Shared state (navigation, drawings) is read by everyone but only written from this machine.
const PRESENTER_WRITES = [/^\/@server-(?:reactive|ref)\//]

export function accessGate(options: GateOptions): Handler {
  return (req, res, next) => {
    const raw = new URL(req.url ?? '/', 'http://localhost').pathname
    let path: string
    try {
      path = decodeURIComponent(raw)
    }
    catch {
      return refuse(res, 400, 'Bad request', 'The address has a broken percent-encoding (such as %E0%A4%A).', raw)
    }
    if (options.isPresenterMachine(req) || isParticipantPath(raw))
      return next()
    // The presenter's phone remote: the header only, never the URL (the routes check it again).
    if (isRemoteApiPath(raw) && tokenMatches(options.token, bearerToken(req)))
      return next()
    const presenterOnly = PRESENTER_ONLY.some(re => re.test(path))
      || (req.method !== 'GET' && req.method !== 'HEAD' && PRESENTER_WRITES.some(re => re.test(path)))
    if (presenterOnly || isApiPath(raw))
      return refuse(res, 403, 'Only on the presenter\'s machine', 'This part of the workshop server answers on the presenter\'s machine only.', raw)
    if (!options.shareDeck)
      return refuse(res, 403, 'Join the poll', 'This address serves the live poll only: the slides are on the projector.', raw)
    next()
  }
}

function refuse(res: ServerResponse, status: number, title: string, text: string, path: string): void {
  if (path.startsWith('/api/')) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(JSON.stringify({ error: text }))
    return
  }
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': 'default-src \'none\'; style-src \'unsafe-inline\'',
  })
  res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}a{font-weight:700}</style></head>
<body><h1>${title}</h1><p>${text}</p><p><a href="/join">Take part in the poll at /join</a></p></body>
</html>
`)
}
