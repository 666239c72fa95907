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

/** `hidden`: the hidden word keys, or a test for them (e.g. hidden by the presenter or held back by the blocklist). */
export function tallyAnswers(poll: Poll, answers: Iterable<Answer>, hidden: ReadonlySet<string> | ((key: string) => boolean) = new Set(), withHidden = false): Tally {
  const isHidden = typeof hidden === 'function'
    ? hidden
    : (key: string) => hidden.has(key)
  const counts = emptyCounts(poll)
  const words = new Map<string, WordCount>()
  let voters = 0
  let sum = 0
  for (const answer of answers) {
    voters++
    if (poll.kind === 'wordcloud') {
      for (const text of (Array.isArray(answer)
        ? answer
        : [
            String(answer),
          ])) {
        const key = wordKey(text)
        const entry = words.get(key) ?? {
          text,
          key,
          count: 0,
          hidden: isHidden(key),
        }
        entry.count++
        words.set(key, entry)
      }
      continue
    }
    for (const id of (Array.isArray(answer)
      ? answer
      : [
          String(answer),
        ])) {
      if (id in counts)
        counts[id]++
    }
    if (typeof answer === 'number')
      sum += answer
  }
  const tally: Tally = { voters, counts }
  if (poll.kind === 'wordcloud') {
    tally.words = [
      ...words.values(),
    ]
      .filter(w => withHidden || !w.hidden)
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
  }
  if (poll.kind === 'quiz')
    tally.correct = counts[poll.correct] ?? 0
  if (poll.kind === 'scale') {
    tally.mean = voters
      ? sum / voters
      : null
  }
  return tally
}

/** Share of `count` in `total` as a whole percentage (0 with no votes). */
export function percent(count: number, total: number): number {
  return total > 0
    ? Math.round((count / total) * 100)
    : 0
}
