/**
 * The rows a poll's results show, one per option or scale point, with counts, shares, the
 * earlier poll's share for a before/after comparison, the open/closed/hybrid meaning an option
 * carries and, after the reveal, which quiz answer is correct. Shared by the slide, the
 * show-of-hands mode and the print view.
 */
import type { Meaning } from '../design/tokens.ts'
import type { Poll } from './schema.ts'
import type { Tally } from './tally.ts'
import { MEANINGS } from '../design/tokens.ts'
import { percent } from './tally.ts'

export interface ResultRow {
  id: string
  label: string
  count: number
  share: number
  /** The same option's count and share in the earlier poll (`compareWith`). */
  before?: { count: number, share: number }
  /** Options whose id is `open`, `closed` or `hybrid` take that colour. */
  meaning: Meaning | null
  /** True for the correct quiz answer, once the presenter has revealed it. */
  correct: boolean
}

/** The option ids and labels of a poll; a scale's points are "1" to "5". */
export function pollChoices(poll: Poll): { id: string, label: string }[] {
  if (poll.kind === 'scale')
    return poll.labels.map((label, i) => ({ id: String(i + 1), label }))
  return 'options' in poll ? poll.options : []
}

export function resultRows(poll: Poll, tally: Tally, options: { revealed: boolean, earlier?: Tally }): ResultRow[] {
  const { revealed, earlier } = options
  return pollChoices(poll).map(({ id, label }) => {
    const count = tally.counts[id] ?? 0
    const before = earlier
      ? { count: earlier.counts[id] ?? 0, share: percent(earlier.counts[id] ?? 0, earlier.voters) }
      : undefined
    return {
      id,
      label,
      count,
      share: percent(count, tally.voters),
      before,
      meaning: poll.kind !== 'quiz' && (MEANINGS as readonly string[]).includes(id) ? id as Meaning : null,
      correct: poll.kind === 'quiz' && revealed && poll.correct === id,
    }
  })
}
