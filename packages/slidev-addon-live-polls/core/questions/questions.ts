/**
 * Anonymous audience questions: the records that go into the poll log, the moderation state they
 * build, and the order the room sees. Pure, so the server replays the log through the same code
 * that applies live changes, and the slide sorts with the same rule as the server.
 */

import type { QaSettings, QaSnapshot, QuestionView } from '../polls/protocol.ts'
import type { QaRecord } from './records.ts'

export type { QaSettings, QaSnapshot, QuestionStatus, QuestionView } from '../polls/protocol.ts'

export const MODERATION_ACTIONS = ['approve', 'hide', 'answer', 'unanswer', 'pin', 'unpin'] as const
export type ModerationAction = typeof MODERATION_ACTIONS[number]

export const DEFAULT_QA_SETTINGS: QaSettings = { publish: false, open: true }

export const QA_LIMITS = {
  minLength: 3,
  maxLength: 240,
  /** Questions one participant may send in a session. */
  perParticipant: 5,
  /**
   * Questions the whole room may send, for the server's default room: keeps the log and every
   * phone's list bounded. A server with a room size allows each place its own share
   * (`questionsForRoom`), so a few ids cannot fill the list for everyone.
   */
  total: 500,
} as const

export type { QaRecord } from './records.ts'

interface QuestionState extends Omit<QuestionView, 'votes'> {
  author: string
  voters: Set<string>
}

export type Refusal = { status: 404 | 409 | 429, error: string } | null

export function isQaRecord(record: { type?: unknown }): record is QaRecord {
  return typeof record.type === 'string' && record.type.startsWith('qa-')
}

/**
 * The room's questions: pinned first, then most votes (earlier first on a tie); answered ones
 * drop to the bottom.
 */
export function orderQuestions<T extends Pick<QuestionView, 'votes' | 'answered' | 'pinned' | 'at'>>(questions: readonly T[]): T[] {
  const rank = (q: T) => q.answered ? 2 : q.pinned ? 0 : 1
  return [...questions].sort((a, b) => rank(a) - rank(b) || b.votes - a.votes || a.at.localeCompare(b.at))
}

/** The room's question cap: every place may ask its own share. */
export function questionsForRoom(roomSize: number): number {
  return roomSize * QA_LIMITS.perParticipant
}

export class QuestionBook {
  settings: QaSettings = { ...DEFAULT_QA_SETTINGS }

  constructor(readonly total: number = QA_LIMITS.total) {}

  private questions = new Map<string, QuestionState>()
  private askedBy = new Map<string, number>()

  get size(): number {
    return this.questions.size
  }

  /** Why this participant cannot ask now, or null (`pending`: their questions not yet applied). */
  refuseAsk(participant: string, pending = 0): Refusal {
    if (!this.settings.open)
      return { status: 409, error: 'questions are closed right now' }
    if ((this.askedBy.get(participant) ?? 0) + pending >= QA_LIMITS.perParticipant)
      return { status: 429, error: `at most ${QA_LIMITS.perParticipant} questions each` }
    if (this.questions.size + pending >= this.total)
      return { status: 429, error: 'the question list is full' }
    return null
  }

  /** Votes go to questions the room can see. */
  refuseVote(question: string): Refusal {
    const q = this.questions.get(question)
    return q && q.status === 'approved'
      ? null
      : { status: 404, error: 'no such question' }
  }

  refuseModerate(question: string): Refusal {
    return this.questions.has(question)
      ? null
      : { status: 404, error: 'no such question' }
  }

  apply(record: QaRecord): void {
    switch (record.type) {
      case 'qa-ask': {
        if (this.questions.has(record.id))
          return
        this.askedBy.set(record.participant, (this.askedBy.get(record.participant) ?? 0) + 1)
        this.questions.set(record.id, {
          id: record.id,
          text: record.text,
          at: record.at,
          author: record.participant,
          voters: new Set(),
          // The setting in force when the question arrived decides, also on replay.
          status: this.settings.publish ? 'approved' : 'pending',
          answered: false,
          pinned: false,
        })
        return
      }
      case 'qa-vote': {
        const q = this.questions.get(record.question)
        if (record.up)
          q?.voters.add(record.participant)
        else
          q?.voters.delete(record.participant)
        return
      }
      case 'qa-moderate':
        this.moderate(record.question, record.action)
        return
      case 'qa-settings':
        this.settings = { ...record.settings }
    }
  }

  view(presenter: boolean, participant?: string): QaSnapshot {
    const all = [...this.questions.values()]
    const shown = all.filter(q => presenter || q.status === 'approved')
    const snapshot: QaSnapshot = {
      settings: { ...this.settings },
      questions: orderQuestions(shown.map(({ author: _a, voters, ...q }) => ({ ...q, votes: voters.size }))),
    }
    if (participant) {
      snapshot.voted = all.filter(q => q.voters.has(participant)).map(q => q.id)
      snapshot.asked = all.filter(q => q.author === participant).map(q => q.id)
    }
    return snapshot
  }

  private moderate(id: string, action: ModerationAction): void {
    const q = this.questions.get(id)
    if (!q)
      return
    switch (action) {
      case 'approve':
        q.status = 'approved'
        break
      case 'hide':
        q.status = 'hidden'
        q.pinned = false
        break
      case 'answer':
        q.answered = true
        q.pinned = false
        break
      case 'unanswer':
        q.answered = false
        break
      case 'pin':
        // One question is being discussed at a time.
        this.questions.forEach(other => other.pinned = false)
        q.pinned = true
        q.status = 'approved'
        q.answered = false
        break
      case 'unpin':
        q.pinned = false
    }
  }
}
