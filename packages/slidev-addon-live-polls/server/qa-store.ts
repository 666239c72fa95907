/**
 * The room's questions on the server: every change is appended to the poll log (the same file,
 * the same fsync) before it is applied, and the log's question records are replayed at start.
 */
import type { ModerationAction, QaRecord, QaSettings, Refusal } from '../core/questions/questions.ts'
import type { AppendLog } from './append-log.ts'
import type { SetAside } from './replay-report.ts'
import { randomBytes } from 'node:crypto'
import { cleanEntry } from '../core/polls/answer.ts'
import { isQaRecord, QA_LIMITS, QuestionBook } from '../core/questions/questions.ts'
import { qaRecordSchema } from '../core/questions/records.ts'
import { summarise } from './replay-report.ts'

export class QaStore {
  readonly book: QuestionBook
  private listeners = new Set<() => void>()
  /** Questions accepted but not yet on disk, per participant: the cap holds under a burst too. */
  private inFlight = new Map<string, number>()

  /** Question records the replay did not apply: they do not fit the record's shape or limits. */
  readonly setAside: SetAside[] = []

  /** `total`: questions the whole room may send (default: QA_LIMITS.total). */
  constructor(private log: AppendLog, total?: number) {
    this.book = new QuestionBook(total)
    const { records, lines } = log.startup
    records.forEach((record, i) => {
      if (!isQaRecord(record))
        return
      const parsed = qaRecordSchema.safeParse(record)
      if (!parsed.success)
        return this.setAside.push({ line: lines[i], reason: `a question record that does not fit (${summarise(parsed.error)})` })
      if (parsed.data.type === 'qa-ask') {
        // The same cleaning and limits as a question asked now.
        const text = cleanEntry(parsed.data.text, { min: QA_LIMITS.minLength, max: QA_LIMITS.maxLength })
        if (!text.ok)
          return this.setAside.push({ line: lines[i], reason: `a question whose ${text.error}` })
        return this.book.apply({ ...parsed.data, text: text.text })
      }
      this.book.apply(parsed.data)
    })
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stores a cleaned question; resolves to its id once it is on disk, or to a refusal. */
  async ask(participant: string, text: string): Promise<{ id: string } | NonNullable<Refusal>> {
    const pending = this.inFlight.get(participant) ?? 0
    const refusal = this.book.refuseAsk(participant, pending)
    if (refusal)
      return refusal
    this.inFlight.set(participant, pending + 1)
    const id = `q-${randomBytes(6).toString('base64url')}`
    try {
      await this.commit({ type: 'qa-ask', id, participant, text, at: new Date().toISOString() })
    }
    finally {
      const left = (this.inFlight.get(participant) ?? 1) - 1
      if (left > 0)
        this.inFlight.set(participant, left)
      else
        this.inFlight.delete(participant)
    }
    return { id }
  }

  async vote(question: string, participant: string, up: boolean): Promise<void> {
    await this.commit({ type: 'qa-vote', question, participant, up, at: new Date().toISOString() })
  }

  async moderate(question: string, action: ModerationAction): Promise<void> {
    await this.commit({ type: 'qa-moderate', question, action, at: new Date().toISOString() })
  }

  async configure(settings: QaSettings): Promise<void> {
    await this.commit({ type: 'qa-settings', settings, at: new Date().toISOString() })
  }

  private async commit(record: QaRecord): Promise<void> {
    await this.log.append(record)
    this.book.apply(record)
    this.listeners.forEach(listener => listener())
  }
}
