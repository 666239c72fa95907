/**
 * What travels between the poll server and its clients (the slide, /join, the bench).
 * Documented in README "Live polls"; keep it stable.
 */
import type { QaSnapshot } from '../qa/questions.ts'
import type { PaceSnapshot, ReactionId } from '../reactions/reactions.ts'
import type { RemoteNavigate } from '../remote/remote.ts'
import type { Answer } from './answer.ts'
import type { RoundsSnapshot } from './rounds.ts'
import type { Poll } from './schema.ts'
import type { Tally } from './tally.ts'

export type PollStatus = 'open' | 'closed'

/** One poll as `GET /api/polls` and the live stream report it. */
export interface PollSnapshot {
  id: string
  /** 1-based slide number the poll is declared on. */
  slide: number
  poll: Poll
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
  /** Polls declared with `rounds: 2`: which round is being answered, and round 1 beside it. */
  rounds?: RoundsSnapshot
}

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
  /** The room's questions (on connect, then at most every 250 ms to participants). */
  questions: QaSnapshot
  /** Presenters: the room's pace over the last minute and per slide (at most twice a second). */
  pace: PaceSnapshot
  /** Presenters, while floating reactions are on: one reaction to float up the slide. */
  reaction: { kind: ReactionId }
  /** Presenters: the phone remote asks the deck to move as the arrow keys would. */
  navigate: RemoteNavigate
}

/** `GET /api/info`: lets the slide find the server and the join address. */
export interface ServerInfo {
  polls: true
  joinUrl: string
  /** Other addresses the join page answers on (other network interfaces). */
  joinUrls: string[]
}

export interface VoteRequest {
  participant: string
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

export const PARTICIPANT_ID = /^[\w-]{8,64}$/
export const MAX_BODY_BYTES = 4096
