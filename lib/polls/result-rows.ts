/**
 * What a poll's results look like as rows (label, count, share, correct), and how an answer reads:
 * shared by the slide's bars and /join, so both say the same thing about the same tally.
 */
import type { Answer } from './answer.ts'
import type { PollView } from './protocol.ts'
import type { Tally } from './tally.ts'
import { percent } from './tally.ts'

export interface ResultRow {
  id: string
  label: string
  count: number
  /** Whole percentage of the voters. */
  share: number
  /** A quiz's correct option, once revealed. */
  correct: boolean
}

/** One row per option or scale point, in declared order; for a word cloud, its top entries. */
export function resultRows(poll: PollView, tally: Tally, revealed: boolean, maxWords = 12): ResultRow[] {
  const row = (id: string, label: string, count: number): ResultRow => ({
    id,
    label,
    count,
    share: percent(count, tally.voters),
    correct: poll.kind === 'quiz' && revealed && poll.correct === id,
  })
  if (tally.words)
    return tally.words.slice(0, maxWords).map(w => row(w.key, w.text, w.count))
  if (poll.kind === 'scale')
    return poll.labels.map((label, i) => row(String(i + 1), label, tally.counts[i + 1] ?? 0))
  if ('options' in poll)
    return poll.options.map(o => row(o.id, o.label, tally.counts[o.id] ?? 0))
  return []
}

/** An answer as the participant chose it: option labels, the scale's words, or the text. */
export function answerLabel(poll: PollView, answer: Answer): string {
  if (poll.kind === 'scale')
    return poll.labels[Number(answer) - 1] ?? String(answer)
  const parts = Array.isArray(answer) ? answer.map(String) : [String(answer)]
  if ('options' in poll)
    return parts.map(id => poll.options.find(o => o.id === id)?.label ?? id).join(', ')
  return parts.join(', ')
}
