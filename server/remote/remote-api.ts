/**
 * The presenter's phone remote: `GET /remote` (the page), `GET /api/remote` (state) and
 * `POST /api/remote/navigate` ({ to: 'next' | 'prev' }). Every API request must carry the token in
 * the Authorization header (never in the URL, which phones keep in history). Navigation is relayed
 * to the deck windows on the presenter's machine over their stream, so Slidev's own navigation
 * endpoints stay closed to the network.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RemoteSlide, RemoteState } from '../../lib/remote/remote.ts'
import type { Handler } from '../http-api.ts'
import type { LiveStream } from '../live-stream.ts'
import type { PollStore } from '../poll-store.ts'
import type { QaStore } from '../qa-store.ts'
import { randomBytes } from 'node:crypto'
import { HttpError, json, readJson } from '../http-api.ts'
import { format } from '../live-stream.ts'
import { tokenMatches } from '../presenter-token.ts'
import { routeHandler } from '../route-handler.ts'

export interface RemoteOptions {
  store: PollStore
  qa: QaStore
  stream: LiveStream
  token: string
  slides: RemoteSlide[]
  page: (req: IncomingMessage, res: ServerResponse) => void
}

export function createRemoteHandler(options: RemoteOptions): Handler {
  const { store, qa, stream, token, slides } = options

  function requireHeaderToken(req: IncomingMessage): void {
    const header = req.headers.authorization
    const given = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined
    if (!tokenMatches(token, given))
      throw new HttpError(403, 'presenter token required in the Authorization header')
  }

  function state(): RemoteState {
    const no = stream.currentSlide
    const poll = no === null ? null : store.onSlide(no)
    return {
      slide: slides.find(s => s.no === no) ?? null,
      total: slides.length,
      startedAt: stream.startedAt,
      decks: stream.size.presenters,
      poll: poll ? store.snapshot(poll, { presenter: true }) : null,
      questions: qa.book.view(true),
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname.replace(/\/+$/, '')
    const method = req.method ?? 'GET'
    if (path === '/remote') {
      if (method !== 'GET' && method !== 'HEAD')
        throw new HttpError(405, 'use GET here')
      options.page(req, res)
      return true
    }
    if (path === '/api/remote') {
      if (method !== 'GET' && method !== 'HEAD')
        throw new HttpError(405, 'use GET here')
      requireHeaderToken(req)
      return json(res, 200, state())
    }
    if (path === '/api/remote/navigate') {
      if (method !== 'POST')
        throw new HttpError(405, 'use POST here')
      requireHeaderToken(req)
      const body = await readJson(req)
      if (body.to !== 'next' && body.to !== 'prev')
        throw new HttpError(400, 'to must be "next" or "prev"')
      if (stream.size.presenters === 0)
        throw new HttpError(409, 'the deck is not open on the presenter\'s machine')
      stream.broadcast(format('navigate', { to: body.to, id: randomBytes(6).toString('base64url') }), true)
      return json(res, 200, { ok: true })
    }
    return false
  }

  return routeHandler('remote', route)
}
