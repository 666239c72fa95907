/**
 * Reactions in the HTTP contract (README "Pace and reactions"), placed in front of the poll API:
 *   POST /api/reactions { participant, kind }   a phone; 429 within the cooldown
 *   GET  /api/reactions                         presenter: the pace snapshot
 *   POST /api/reactions/settings { floating }   presenter: float reactions on the projected slide
 * and on the live stream: `pace` to presenters (at most twice a second), `reaction` to presenters
 * while floating is on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Handler } from './http-api.ts'
import type { LiveStream } from './live-stream.ts'
import type { ReactionStore } from './reaction-store.ts'
import { PARTICIPANT_ID } from '../lib/polls/protocol.ts'
import { Cooldown, isReaction, REACTIONS } from '../lib/reactions/reactions.ts'
import { HttpError, json, readJson } from './http-api.ts'
import { format } from './live-stream.ts'
import { requestToken, tokenMatches } from './presenter-token.ts'
import { routeHandler } from './route-handler.ts'

const PACE_INTERVAL_MS = 500

export function createReactionHandler(reactions: ReactionStore, stream: LiveStream, token: string): { handle: Handler, stop: () => void } {
  const cooldown = new Cooldown()
  let paceTimer: NodeJS.Timeout | undefined
  stream.addGreeting(view => view.presenter ? format('pace', reactions.snapshot()) : '')
  const unsubscribe = reactions.onChange((kind) => {
    if (kind && reactions.floating)
      stream.broadcast(format('reaction', { kind }), true)
    paceTimer ??= setTimeout(() => {
      paceTimer = undefined
      stream.broadcast(format('pace', reactions.snapshot()), true)
    }, PACE_INTERVAL_MS)
  })

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname.replace(/\/+$/, '')
    if (path !== '/api/reactions' && path !== '/api/reactions/settings')
      return false
    const method = req.method ?? 'GET'
    const presenter = tokenMatches(token, requestToken(req, url))
    if (path === '/api/reactions' && (method === 'GET' || method === 'HEAD')) {
      if (!presenter)
        throw new HttpError(403, 'presenter token required (Authorization: Bearer <token>)')
      return json(res, 200, reactions.snapshot())
    }
    if (method !== 'POST')
      throw new HttpError(405, 'use POST here')
    const body = await readJson(req)
    if (path === '/api/reactions/settings') {
      if (!presenter)
        throw new HttpError(403, 'presenter token required (Authorization: Bearer <token>)')
      if (typeof body.floating !== 'boolean')
        throw new HttpError(400, 'floating must be true or false')
      await reactions.setFloating(body.floating)
      return json(res, 200, { ok: true, floating: body.floating })
    }
    const participant = body.participant
    if (typeof participant !== 'string' || !PARTICIPANT_ID.test(participant))
      throw new HttpError(400, 'participant must be an id of 8 to 64 letters, digits, "-" or "_"')
    if (!isReaction(body.kind))
      throw new HttpError(422, `kind must be one of ${REACTIONS.map(r => r.id).join(', ')}`)
    const slide = stream.currentSlide
    if (slide === null)
      throw new HttpError(409, 'the presentation has not started')
    const wait = cooldown.take(participant)
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)))
      throw new HttpError(429, `one reaction every few seconds: wait ${Math.ceil(wait / 1000)} s`)
    }
    await reactions.react(slide, body.kind)
    return json(res, 200, { ok: true, slide })
  }

  const handle = routeHandler('reactions', route)
  return {
    handle,
    stop: () => {
      unsubscribe()
      clearTimeout(paceTimer)
    },
  }
}
