/**
 * The questions part of the HTTP contract (README "Questions from the room"). A connect-style
 * handler placed in front of the poll API; anything not under /api/questions goes to `next`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ModerationAction, QaSettings } from '../lib/qa/questions.ts'
import type { Handler } from './http-api.ts'
import type { QaStore } from './qa-store.ts'
import { PARTICIPANT_ID } from '../lib/polls/protocol.ts'
import { MODERATION_ACTIONS, QA_LIMITS } from '../lib/qa/questions.ts'
import { cleanText } from '../lib/text/clean-text.ts'
import { FloodGuard } from './flood-guard.ts'
import { HttpError, json, readJson } from './http-api.ts'
import { requestToken, tokenMatches } from './presenter-token.ts'
import { routeHandler } from './route-handler.ts'

export function createQaHandler(qa: QaStore, token: string): Handler {
  // Upvoting a list is many quick taps; asking is rare. Both stay bounded per participant.
  const flood = new FloodGuard(30, 10_000)

  const isPresenter = (req: IncomingMessage, url: URL) => tokenMatches(token, requestToken(req, url))

  function participantOf(body: Record<string, unknown>): string {
    const participant = body.participant
    if (typeof participant !== 'string' || !PARTICIPANT_ID.test(participant))
      throw new HttpError(400, 'participant must be an id of 8 to 64 letters, digits, "-" or "_"')
    if (!flood.allow(participant))
      throw new HttpError(429, 'too many requests from this participant: wait a few seconds')
    return participant
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname.replace(/\/+$/, '')
    if (path !== '/api/questions' && !path.startsWith('/api/questions/'))
      return false
    const method = req.method ?? 'GET'
    const presenter = isPresenter(req, url)

    if (path === '/api/questions') {
      if (method === 'GET' || method === 'HEAD')
        return json(res, 200, qa.book.view(presenter, url.searchParams.get('participant') ?? undefined))
      if (method !== 'POST')
        throw new HttpError(405, 'use GET or POST here')
      const body = await readJson(req)
      const participant = participantOf(body)
      const text = cleanText(body.text, { min: QA_LIMITS.minLength, max: QA_LIMITS.maxLength })
      if (!text.ok)
        throw new HttpError(422, text.error)
      const asked = await qa.ask(participant, text.text)
      if (!('id' in asked))
        throw new HttpError(asked.status, asked.error)
      const status = qa.book.view(true).questions.find(q => q.id === asked.id)?.status
      return json(res, 200, { ok: true, id: asked.id, status })
    }

    if (method !== 'POST')
      throw new HttpError(405, 'use POST here')
    if (path === '/api/questions/settings') {
      if (!presenter)
        throw new HttpError(403, 'presenter token required (Authorization: Bearer <token>)')
      const body = await readJson(req)
      const settings: QaSettings = { ...qa.book.settings }
      for (const key of ['publish', 'open'] as const) {
        if (key in body && typeof body[key] !== 'boolean')
          throw new HttpError(400, `${key} must be true or false`)
        if (typeof body[key] === 'boolean')
          settings[key] = body[key]
      }
      await qa.configure(settings)
      return json(res, 200, { ok: true, settings })
    }

    const match = /^\/api\/questions\/([\w-]{1,40})\/([a-z]+)$/.exec(path)
    if (!match)
      throw new HttpError(404, `no such endpoint: ${method} ${path.slice(0, 80)}`)
    const [, id, verb] = match
    if (verb === 'votes') {
      const body = await readJson(req)
      const participant = participantOf(body)
      if (typeof body.up !== 'boolean')
        throw new HttpError(400, 'up must be true (upvote) or false (take the upvote back)')
      const refusal = qa.book.refuseVote(id)
      if (refusal)
        throw new HttpError(refusal.status, refusal.error)
      await qa.vote(id, participant, body.up)
      return json(res, 200, { ok: true, votes: qa.book.view(false).questions.find(q => q.id === id)?.votes ?? 0 })
    }
    if (!presenter)
      throw new HttpError(403, 'presenter token required (Authorization: Bearer <token>)')
    if (!(MODERATION_ACTIONS as readonly string[]).includes(verb))
      throw new HttpError(404, `unknown action "${verb}"`)
    const refusal = qa.book.refuseModerate(id)
    if (refusal)
      throw new HttpError(refusal.status, refusal.error)
    await qa.moderate(id, verb as ModerationAction)
    return json(res, 200, { ok: true })
  }

  return routeHandler('questions', route)
}
