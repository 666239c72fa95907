import type { AskResponse, UpvoteResponse } from '../core/polls/protocol.ts'
/**
 * The questions part of the HTTP contract (README "Questions from the room"), as routes in the
 * poll API's table. Asking and upvoting are participant routes identified by the signed cookie id
 * (like votes); moderation and settings need the presenter's token.
 */
import type { ModerationAction, QaSettings } from '../core/questions/questions.ts'
import type { Route } from './http-api.ts'
import type { QaStore } from './qa-store.ts'
import { cleanEntry } from '../core/polls/answer.ts'
import { MODERATION_ACTIONS, QA_LIMITS } from '../core/questions/questions.ts'
import { HttpError, json, readJson, requireParticipant } from './http-api.ts'
import { RateWindow } from './rate-window.ts'

/** A moderation action (from the presenter view or the phone remote): 404 unknown question. */
export async function moderate(qa: QaStore, id: string, action: ModerationAction): Promise<{ ok: true }> {
  const refusal = qa.book.refuseModerate(id)
  if (refusal)
    throw new HttpError(refusal.status, refusal.error)
  await qa.moderate(id, action)
  return { ok: true }
}

export function questionRoutes(qa: QaStore): Route[] {
  // Upvoting a list is many quick taps; asking is rare. Both stay bounded per participant.
  const flood = new RateWindow(30, 10_000)

  function allow(participant: string): void {
    if (!flood.allows(participant))
      throw new HttpError(429, 'too many requests from this participant: wait a few seconds')
    flood.record(participant)
  }

  return [
    {
      method: 'GET',
      path: '/api/questions',
      auth: 'participant',
      handle: ({ res, presenter, participant }) => json(res, 200, qa.book.view(presenter, participant)),
    },
    {
      method: 'POST',
      path: '/api/questions',
      auth: 'participant',
      handle: async (ctx) => {
        const participant = requireParticipant(ctx, 'ask')
        allow(participant)
        const body = await readJson(ctx.req)
        const text = cleanEntry(body.text, { min: QA_LIMITS.minLength, max: QA_LIMITS.maxLength })
        if (!text.ok)
          throw new HttpError(422, text.error)
        const asked = await qa.ask(participant, text.text)
        if (!('id' in asked))
          throw new HttpError(asked.status, asked.error)
        const status = qa.book.view(true).questions.find(q => q.id === asked.id)?.status
        json(ctx.res, 200, { ok: true, id: asked.id, status } satisfies AskResponse)
      },
    },
    {
      method: 'POST',
      path: '/api/questions/settings',
      auth: 'presenter',
      handle: async ({ req, res }) => {
        const body = await readJson(req)
        const settings: QaSettings = { ...qa.book.settings }
        for (const key of ['publish', 'open'] as const) {
          if (key in body && typeof body[key] !== 'boolean')
            throw new HttpError(400, `${key} must be true or false`)
          if (typeof body[key] === 'boolean')
            settings[key] = body[key]
        }
        await qa.configure(settings)
        json(res, 200, { ok: true, settings })
      },
    },
    {
      method: 'POST',
      path: /^\/api\/questions\/([\w-]{1,40})\/votes$/,
      auth: 'participant',
      handle: async (ctx) => {
        const [id] = ctx.params
        const participant = requireParticipant(ctx, 'upvote')
        allow(participant)
        const body = await readJson(ctx.req)
        if (typeof body.up !== 'boolean')
          throw new HttpError(400, 'up must be true (upvote) or false (take the upvote back)')
        const refusal = qa.book.refuseVote(id)
        if (refusal)
          throw new HttpError(refusal.status, refusal.error)
        await qa.vote(id, participant, body.up)
        const votes = qa.book.view(false).questions.find(q => q.id === id)?.votes ?? 0
        json(ctx.res, 200, { ok: true, votes } satisfies UpvoteResponse)
      },
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/questions/([\\w-]{1,40})/(${MODERATION_ACTIONS.join('|')})$`),
      auth: 'presenter',
      handle: async ({ res, params: [id, action] }) => json(res, 200, await moderate(qa, id, action as ModerationAction)),
    },
  ]
}
