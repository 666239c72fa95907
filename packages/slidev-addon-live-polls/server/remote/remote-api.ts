/**
 * The presenter's phone remote: `GET /remote` (the page), `GET /api/remote` (state),
 * `POST /api/remote/navigate` ({ to: 'next' | 'prev' }), and the poll and queue controls under
 * `/api/remote/polls/:id/<action>` and `/api/remote/questions/:id/<action>`, as routes in the poll
 * API's table. The page holds no secret; the API is presenter-only, with the token from the
 * Authorization header only (never the URL, which phones keep in history). The phone is not the
 * presenter's machine: the access gate lets it reach this API and no other presenter route
 * (results and exports stay on the laptop). Navigation is relayed
 * to the deck windows on the presenter's machine over their stream, so Slidev's own navigation
 * endpoints stay closed to the network.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PresenterAction, RemoteSlide, RemoteState } from '../../core/polls/protocol.ts'
import type { ModerationAction } from '../../core/questions/questions.ts'
import type { Route } from '../http-api.ts'
import type { LiveStream } from '../live-stream.ts'
import type { PollStore } from '../poll-store.ts'
import type { QaStore } from '../qa-store.ts'
import { randomBytes } from 'node:crypto'
import { PRESENTER_ACTIONS } from '../../core/polls/protocol.ts'
import { MODERATION_ACTIONS } from '../../core/questions/questions.ts'
import { HttpError, json, pollAction, readJson } from '../http-api.ts'
import { format } from '../live-stream.ts'
import { moderate } from '../qa-api.ts'

export interface RemoteOptions {
  store: PollStore
  qa: QaStore
  stream: LiveStream
  slides: RemoteSlide[]
  /** Minutes planned on no slide (the deck's `livePolls.bufferMinutes`), for the remote's pace. */
  bufferMinutes: number
  page: (req: IncomingMessage, res: ServerResponse) => void
}

export function remoteRoutes(options: RemoteOptions): Route[] {
  const { store, qa, stream, slides, bufferMinutes } = options

  function state(): RemoteState {
    const no = stream.currentSlide
    const poll = no === null ? null : store.onSlide(no)
    return {
      slide: slides.find(s => s.no === no) ?? null,
      total: slides.length,
      bufferMinutes,
      startedAt: stream.startedAt,
      decks: stream.size.presenters,
      poll: poll ? store.snapshot(poll, { presenter: true }) : null,
      questions: qa.book.view(true),
    }
  }

  return [
    {
      method: 'GET',
      path: '/remote',
      auth: 'participant',
      handle: ({ req, res }) => options.page(req, res),
    },
    {
      method: 'GET',
      path: '/api/remote',
      auth: 'presenter',
      handle: ({ res }) => json(res, 200, state()),
    },
    {
      method: 'POST',
      path: '/api/remote/navigate',
      auth: 'presenter',
      handle: async ({ req, res }) => {
        const body = await readJson(req)
        if (body.to !== 'next' && body.to !== 'prev')
          throw new HttpError(400, 'to must be "next" or "prev"')
        if (stream.size.presenters === 0)
          throw new HttpError(409, 'the deck is not open on the presenter\'s machine')
        stream.broadcastTo(true, format('navigate', { to: body.to, id: randomBytes(6).toString('base64url') }))
        json(res, 200, { ok: true })
      },
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/remote/polls/([^/]+)/(${PRESENTER_ACTIONS.join('|')})$`),
      auth: 'presenter',
      handle: async ({ res, params: [id, action] }) => json(res, 200, await pollAction(store, id, action as PresenterAction)),
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/remote/questions/([\\w-]{1,40})/(${MODERATION_ACTIONS.join('|')})$`),
      auth: 'presenter',
      handle: async ({ res, params: [id, action] }) => json(res, 200, await moderate(qa, id, action as ModerationAction)),
    },
  ]
}
