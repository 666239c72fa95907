/**
 * What travels between the poll server and its clients (the slide, /join, the bench, the
 * handouts that read a results export). Declared once here; documented in README "Live polls".
 */
import type { Answer } from './answer.ts'
import type { Poll, PollOf } from './schema.ts'
import type { Tally } from './tally.ts'
import { z } from 'zod'

export type PollStatus = 'open' | 'closed'

/** One poll as `GET /api/polls` and the live stream report it. */
export interface PollSnapshot {
  id: string
  /** 1-based slide number the poll is declared on. */
  slide: number
  poll: PollView
  state: PollStatus
  revealed: boolean
  /** Participants with a current answer (always public: it shows that voting works). */
  voters: number
  /** Present when the results are revealed or live, or when the presenter asks. */
  tally?: Tally
  /** The asking participant's current answer, when `?participant=` is given. */
  mine?: Answer
  /** How many times the poll was reset (its earlier rounds are archived). */
  round: number
}

/** A poll as a client sees it: a quiz's `correct` is left out until the presenter reveals it. */
export type PollView = Exclude<Poll, { kind: 'quiz' }> | (Omit<PollOf<'quiz'>, 'correct'> & { correct?: string })

/** Server-sent events on `GET /api/stream`. */
export interface StreamEvents {
  /** Everything, on connect and after a reconnect. */
  hello: { polls: PollSnapshot[], current: string | null, seq: number }
  /** One poll changed (state, reveal, votes). `seq` counts stored changes since start. */
  poll: { poll: PollSnapshot, seq: number }
  /** The presenter moved to a slide: the poll on it, or null. */
  current: { current: string | null }
  /** Participant pages connected right now (sent to presenters, at most once a second). */
  presence: { participants: number }
}

/** `GET /api/info`: lets the slide find the server and the join address. */
export interface ServerInfo {
  polls: true
  joinUrl: string
  /** Other addresses the join page answers on (other network interfaces). */
  joinUrls: string[]
}

/** `POST /api/polls/:id/<action>` with the presenter's token. */
export const PRESENTER_ACTIONS = ['open', 'close', 'reveal', 'hide', 'reset'] as const
export type PresenterAction = typeof PRESENTER_ACTIONS[number]

/**
 * `POST /api/polls/:id/votes`. The participant is the signed id in the `poll-participant` cookie
 * that `GET /join` sets, never a value the client makes up.
 */
export interface VoteRequest {
  answer: unknown
}

export interface VoteResponse {
  ok: true
  answer: Answer
  seq: number
}

export interface ErrorResponse {
  error: string
}

export const PARTICIPANT_COOKIE = 'poll-participant'
export const MAX_BODY_BYTES = 4096

/**
 * `GET /api/results`: every poll's state, tally and current answers. The facilitator guide reads
 * files of this shape (`npm run handouts -- --results`), with this schema.
 */
export const resultsExportSchema = z.object({
  exportedAt: z.string(),
  polls: z.array(z.object({
    id: z.string(),
    slide: z.number(),
    state: z.enum(['open', 'closed']),
    revealed: z.boolean(),
    round: z.number(),
    voters: z.number(),
    tally: z.object({
      voters: z.number(),
      counts: z.record(z.string(), z.number()),
      words: z.array(z.object({
        text: z.string(),
        key: z.string(),
        count: z.number(),
        hidden: z.boolean(),
      })).optional(),
      correct: z.number().optional(),
      mean: z.number().nullable().optional(),
    }),
    answers: z.array(z.object({
      participant: z.string(),
      answer: z.union([z.string(), z.array(z.string()), z.number()]),
      at: z.string(),
    })),
  })),
})
export type ResultsExport = z.infer<typeof resultsExportSchema>
