/**
 * The room's reactions: counted per slide and over the last minute, appended to the poll log
 * (slide, reaction and time; never who) and replayed at start.
 */
import type { PaceSnapshot, ReactionCounts, ReactionId, ReactionRecord } from '../core/reactions/reactions.ts'
import type { AppendLog } from './append-log.ts'
import type { SetAside } from './replay-report.ts'
import { emptyCounts, isReactionRecord, PaceWindow } from '../core/reactions/reactions.ts'
import { reactionRecordSchema } from '../core/reactions/records.ts'
import { summarise } from './replay-report.ts'

export class ReactionStore {
  floating = false
  private bySlide = new Map<number, ReactionCounts>()
  private window = new PaceWindow()
  private listeners = new Set<(kind: ReactionId | null) => void>()

  /** Reaction records the replay did not apply: they do not fit the record's shape. */
  readonly setAside: SetAside[] = []

  constructor(private log: AppendLog) {
    const { records, lines } = log.startup
    records.forEach((record, i) => {
      if (!isReactionRecord(record))
        return
      const parsed = reactionRecordSchema.safeParse(record)
      if (parsed.success)
        this.apply(parsed.data)
      else
        this.setAside.push({ line: lines[i], reason: `a reaction record that does not fit (${summarise(parsed.error)})` })
    })
  }

  onChange(listener: (kind: ReactionId | null) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async react(slide: number, kind: ReactionId): Promise<void> {
    await this.commit({ type: 'reaction', slide, kind, at: new Date().toISOString() })
  }

  async setFloating(floating: boolean): Promise<void> {
    await this.commit({ type: 'reaction-settings', floating, at: new Date().toISOString() })
  }

  snapshot(now = Date.now()): PaceSnapshot {
    return {
      window: this.window.counts(now),
      bySlide: Object.fromEntries([...this.bySlide].sort(([a], [b]) => a - b).map(([slide, counts]) => [String(slide), { ...counts }])),
      floating: this.floating,
    }
  }

  private async commit(record: ReactionRecord): Promise<void> {
    await this.log.append(record)
    this.apply(record)
    this.listeners.forEach(listener => listener(record.type === 'reaction' ? record.kind : null))
  }

  private apply(record: ReactionRecord): void {
    if (record.type === 'reaction-settings') {
      this.floating = record.floating
      return
    }
    const counts = this.bySlide.get(record.slide) ?? emptyCounts()
    counts[record.kind]++
    this.bySlide.set(record.slide, counts)
    this.window.add(record.kind, Date.parse(record.at))
  }
}
