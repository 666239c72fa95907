/** Turns the current answers of a poll into the counts the slide draws. Pure, shared by server and client. */
import type { Answer } from './answer.ts'
import type { Poll } from './schema.ts'
import { wordKey } from './answer.ts'

export interface WordCount {
  /** The entry as first typed (case kept), counted case-insensitively. */
  text: string
  key: string
  count: number
  hidden: boolean
}

export interface Tally {
  /** Participants with a current answer. */
  voters: number
  /** Votes per option id (single, multiple, quiz) or per scale point "1".."5". */
  counts: Record<string, number>
  /** Word cloud only: entries, most frequent first. Hidden entries only for the presenter. */
  words?: WordCount[]
  /** Quiz only: participants who chose the correct option. */
  correct?: number
  /** Scale only: mean of the answers, or null with no votes. */
  mean?: number | null
}

export function emptyCounts(poll: Poll): Record<string, number> {
  if ('options' in poll)
    return Object.fromEntries(poll.options.map(o => [o.id, 0]))
  if (poll.kind === 'scale')
    return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  return {}
}

type HiddenTest = ReadonlySet<string> | ((key: string) => boolean)

/** `hidden`: the hidden word keys, or a test for them (e.g. hidden by the presenter or held back by the blocklist). */
export function tallyAnswers(poll: Poll, answers: Iterable<Answer>, hidden: HiddenTest = new Set(), withHidden = false): Tally {
  const running = new RunningTally(poll)
  for (const answer of answers)
    running.add(answer)
  return running.result(hidden, withHidden)
}

/**
 * A tally kept up to date one answer at a time: a vote costs the same whether it is the first or
 * the thousandth, and reading the result costs the number of options (or distinct words).
 */
export class RunningTally {
  private counts: Record<string, number>
  private words = new Map<string, { text: string, count: number }>()
  private voters = 0
  private sum = 0

  constructor(readonly poll: Poll) {
    this.counts = emptyCounts(poll)
  }

  add(answer: Answer): void {
    this.change(answer, 1)
  }

  remove(answer: Answer): void {
    this.change(answer, -1)
  }

  result(hidden: HiddenTest = new Set(), withHidden = false): Tally {
    const isHidden = typeof hidden === 'function'
      ? hidden
      : (key: string) => hidden.has(key)
    const { poll, voters } = this
    const tally: Tally = { voters, counts: { ...this.counts } }
    if (poll.kind === 'wordcloud') {
      tally.words = [...this.words]
        .map(([key, { text, count }]) => ({ text, key, count, hidden: isHidden(key) }))
        .filter(w => withHidden || !w.hidden)
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    }
    if (poll.kind === 'quiz')
      tally.correct = this.counts[poll.correct] ?? 0
    if (poll.kind === 'scale') {
      tally.mean = voters
        ? this.sum / voters
        : null
    }
    return tally
  }

  private change(answer: Answer, by: 1 | -1): void {
    this.voters += by
    const parts = Array.isArray(answer) ? answer : [String(answer)]
    if (this.poll.kind === 'wordcloud') {
      for (const text of parts) {
        const key = wordKey(text)
        // The entry as first typed (case kept) names the word.
        const entry = this.words.get(key) ?? { text, count: 0 }
        entry.count += by
        if (entry.count > 0)
          this.words.set(key, entry)
        else
          this.words.delete(key)
      }
      return
    }
    for (const id of parts) {
      if (id in this.counts)
        this.counts[id] += by
    }
    if (typeof answer === 'number')
      this.sum += by * answer
  }
}

/** Share of `count` in `total` as a whole percentage (0 with no votes). */
export function percent(count: number, total: number): number {
  return total > 0
    ? Math.round((count / total) * 100)
    : 0
}
