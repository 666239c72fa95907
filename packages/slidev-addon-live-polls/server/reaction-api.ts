/**
 * Reactions in the HTTP contract (README "Pace and reactions"), as routes in the poll API's table:
 *   POST /api/reactions { kind }                participant (cookie id); 429 within the cooldown
 *   GET  /api/reactions                         presenter: the pace snapshot
 *   POST /api/reactions/settings { floating }   presenter: float reactions on the projected slide
 * and on the live stream: `pace` to presenters (at most twice a second), `reaction` to presenters
 * while floating is on.
 */
import type { ReactionResponse } from '../core/polls/protocol.ts'
import type { Route } from './http-api.ts'
import type { LiveStream } from './live-stream.ts'
import type { ReactionStore } from './reaction-store.ts'
import { Cooldown, isReaction, REACTIONS } from '../core/reactions/reactions.ts'
import { HttpError, json, readJson, requireParticipant } from './http-api.ts'
import { format } from './live-stream.ts'
import { Pacer } from './stream-pacing.ts'

const PACE_INTERVAL_MS = 500

export function createReactionRoutes(reactions: ReactionStore, stream: LiveStream): { routes: Route[], stop: () => void } {
  const cooldown = new Cooldown()
  const pace = new Pacer(() => stream.broadcastTo(true, format('pace', reactions.snapshot())), { maxWaitMs: PACE_INTERVAL_MS })
  stream.addGreeting(view => view.presenter ? format('pace', reactions.snapshot()) : '')
  const unsubscribe = reactions.onChange((kind) => {
    if (kind && reactions.floating)
      stream.broadcastTo(true, format('reaction', { kind }))
    pace.changed()
  })

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/api/reactions',
      auth: 'presenter',
      handle: ({ res }) => json(res, 200, reactions.snapshot()),
    },
    {
      method: 'POST',
      path: '/api/reactions',
      auth: 'participant',
      handle: async (ctx) => {
        const participant = requireParticipant(ctx, 'react')
        const body = await readJson(ctx.req)
        if (!isReaction(body.kind))
          throw new HttpError(422, `kind must be one of ${REACTIONS.map(r => r.id).join(', ')}`)
        const slide = stream.currentSlide
        if (slide === null)
          throw new HttpError(409, 'the presentation has not started')
        const wait = cooldown.take(participant)
        if (wait > 0) {
          ctx.res.setHeader('Retry-After', String(Math.ceil(wait / 1000)))
          throw new HttpError(429, `one reaction every few seconds: wait ${Math.ceil(wait / 1000)} s`)
        }
        await reactions.react(slide, body.kind)
        json(ctx.res, 200, { ok: true, slide } satisfies ReactionResponse)
      },
    },
    {
      method: 'POST',
      path: '/api/reactions/settings',
      auth: 'presenter',
      handle: async ({ req, res }) => {
        const body = await readJson(req)
        if (typeof body.floating !== 'boolean')
          throw new HttpError(400, 'floating must be true or false')
        await reactions.setFloating(body.floating)
        json(res, 200, { ok: true, floating: body.floating })
      },
    },
  ]
  return {
    routes,
    stop: () => {
      unsubscribe()
      pace.stop()
    },
  }
}
