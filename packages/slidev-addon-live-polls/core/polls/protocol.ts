/**
 * What travels between the poll server and its clients (the slide, /join, the bench, the
 * handouts that read a results export). Declared once here; documented in README "Live polls".
 */
import type { ReactionId } from '../reactions/reactions.ts'
import type { Answer } from './answer.ts'
import type { Poll, PollOf } from './schema.ts'
import type { Tally } from './tally.ts'
import { z } from 'zod'

export type PollStatus = 'open' | 'closed'

/** Peer instruction: 1, then 2 once the presenter starts the revote. */
export type RoundNumber = 1 | 2

export interface RoundShift {
  /** Participants who answered in both rounds. */
  both: number
  /** Of those, how many gave a different answer in round 2. */
  changed: number
  /** Quiz only: answered wrongly in round 1 and correctly in round 2. */
  toCorrect?: number
  /** Quiz only: answered correctly in round 1 and wrongly in round 2. */
  fromCorrect?: number
}

/** The rounds part of a poll snapshot, present on polls declared with `rounds: 2`. */
export interface RoundsSnapshot {
  /** The round being answered now. */
  current: RoundNumber
  /** Round 1's tally, frozen when round 2 started (shown to the room under the same rule as `tally`). */
  first?: Tally
  /** Who moved between the rounds (with `first`). */
  shift?: RoundShift
}

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
  /** Polls declared with `rounds: 2`: which round is being answered, and round 1 beside it. */
  rounds?: RoundsSnapshot
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
  /** Participant pages connected right now, and the room (sent to presenters, at most once a second). */
  presence: { participants: number, room: RoomState }
  /** The room's questions (on connect, then at most every 250 ms to participants). */
  questions: QaSnapshot
  /** Presenters: the room's pace over the last minute and per slide (at most twice a second). */
  pace: PaceSnapshot
  /** Presenters, while floating reactions are on: one reaction to float up the slide. */
  reaction: { kind: ReactionId }
  /** Presenters: the phone remote asks the deck to move as the arrow keys would. */
  navigate: RemoteNavigate
}

/** How full the session is: participant ids let in, the room size, and ids refused for lack of room. */
export interface RoomState {
  joined: number
  size: number
  refused: number
}

/** `GET /api/info`: lets the slide find the server and the join address. */
export interface ServerInfo {
  polls: true
  joinUrl: string
  /** Other addresses the join page answers on (other network interfaces). */
  joinUrls: string[]
}

/** `POST /api/polls/:id/<action>` with the presenter's token (`round-2`: polls declared with `rounds: 2`). */
export const PRESENTER_ACTIONS = ['open', 'close', 'reveal', 'hide', 'reset', 'round-2'] as const
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

/*
 * Questions from the room (README "Questions from the room"). Asking and upvoting are participant
 * requests identified by the same cookie as votes; moderation and settings need the token.
 */

export type QuestionStatus = 'pending' | 'approved' | 'hidden'

export interface QaSettings {
  /** Questions go to the room at once instead of waiting in the presenter's queue. */
  publish: boolean
  /** Participants may send questions (the presenter can close Q&A, and open it again later). */
  open: boolean
}

/** A question as the slide, /join and the export show it (never who asked or who voted). */
export interface QuestionView {
  id: string
  text: string
  at: string
  votes: number
  status: QuestionStatus
  answered: boolean
  pinned: boolean
}

/** `GET /api/questions` and the `questions` stream event. */
export interface QaSnapshot {
  settings: QaSettings
  /** The room sees approved questions only; the presenter sees the queue and hidden ones too. */
  questions: QuestionView[]
  /** To a participant (by its cookie): ids of the questions it upvoted, and of its own. */
  voted?: string[]
  asked?: string[]
}

/** `POST /api/questions`. */
export interface AskRequest {
  text: unknown
}

export interface AskResponse {
  ok: true
  id: string
  status?: QuestionStatus
}

/** `POST /api/questions/:id/votes`: `up: false` takes the upvote back. */
export interface UpvoteRequest {
  up: unknown
}

export interface UpvoteResponse {
  ok: true
  votes: number
}

/** `POST /api/questions/settings` (presenter): either key may be left out. */
export type QaSettingsRequest = Partial<QaSettings>

/*
 * Pace and reactions (README "Pace and reactions").
 */

export type ReactionCounts = Record<ReactionId, number>

/** `POST /api/reactions` (participant, one per cooldown). */
export interface ReactionRequest {
  kind: unknown
}

export interface ReactionResponse {
  ok: true
  slide: number
}

/** `POST /api/reactions/settings` (presenter). */
export interface ReactionSettingsRequest {
  floating: unknown
}

/** The presenter's view of the room's pace (the `pace` stream event, `GET /api/reactions`). */
export interface PaceSnapshot {
  /** Reactions in the last minute. */
  window: ReactionCounts
  /** Every reaction of the session, per 1-based slide number. */
  bySlide: Record<string, ReactionCounts>
  /** The projected slide shows reactions floating up. */
  floating: boolean
}

/*
 * The presenter's phone remote (/remote): every request carries the token in the Authorization
 * header; navigation is relayed to the deck over the presenter's stream.
 */

export interface RemoteSlide {
  no: number
  title: string
  /** Presenter notes rendered to HTML by the server (lib/remote/notes-html.ts), empty when the slide has none. */
  notesHtml: string
  /** Planned minutes (frontmatter `minutes:`). */
  minutes: number
  /** Planned minutes from the start of the workshop to this slide. */
  startsAt: number
}

/** `GET /api/remote`: everything the remote shows, in one request. */
export interface RemoteState {
  /** The presenter's slide, null before the deck has reported one. */
  slide: RemoteSlide | null
  total: number
  /** Minutes planned on no slide: "behind plan" spends them first. */
  bufferMinutes: number
  /** When the deck first reported a slide (ISO time), for the remote's clock. */
  startedAt: string | null
  /** Deck windows with the token connected now: navigation needs one. */
  decks: number
  /** The poll on the current slide, with the presenter's view of it. */
  poll: PollSnapshot | null
  questions: QaSnapshot
}

export type RemoteMove = 'next' | 'prev'

/** `POST /api/remote/navigate`. */
export interface NavigateRequest {
  to: unknown
}

/** The `navigate` stream event: the deck moves as the arrow keys would. `id` lets windows of one browser act once. */
export interface RemoteNavigate {
  to: RemoteMove
  id: string
}

export const PARTICIPANT_COOKIE = 'poll-participant'
export const MAX_BODY_BYTES = 4096

/** The `at` of a log record: an ISO time that parses. */
export const loggedTime = z.string().refine(value => !Number.isNaN(Date.parse(value)), 'a valid time')

/**
 * `GET /api/results`: every poll's state, tally and current answers. The facilitator guide reads
 * files of this shape (`npm run handouts -- --results`), with this schema.
 */
const answerRecord = z.object({
  participant: z.string(),
  answer: z.union([z.string(), z.array(z.string()), z.number()]),
  at: z.string(),
})

export const resultsExportSchema = z.object({
  exportedAt: z.string(),
  /** How full the session was: ids let in, the room size, ids refused for lack of room. */
  room: z.object({ joined: z.number(), size: z.number(), refused: z.number() }).optional(),
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
    answers: z.array(answerRecord),
    /** Polls run in two rounds: which round is being answered. */
    stage: z.union([z.literal(1), z.literal(2)]).optional(),
    /** Once round 2 started: round 1's answers (`answers` then holds round 2's). */
    firstRound: z.array(answerRecord).optional(),
  })),
})
export type ResultsExport = z.infer<typeof resultsExportSchema>
