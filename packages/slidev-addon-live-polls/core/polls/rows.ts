/**
 * The rows a poll's results show, one per option or scale point (a word cloud: its top entries),
 * with counts, shares, the earlier poll's share for a before/after comparison, the
 * meaning an option declares (its colour) and, after the reveal, which quiz answer is
 * correct; and how one answer reads. Shared by the slide, the show-of-hands mode, the print view
 * and /join, so all of them say the same thing about the same tally.
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
  /** The same option's count and share in the earlier poll (`compareWith`). */
  before?: { count: number, share: number }
  /** The meaning the option's frontmatter declares (its colour), or null. */
  meaning: string | null
  /** True for the correct quiz answer, once the presenter has revealed it. */
  correct: boolean
}

export interface RowOptions {
  revealed: boolean
  earlier?: Tally
  /** A word cloud's entries shown as rows (its top ones). */
  maxWords?: number
}

/** The option ids and labels of a poll; a scale's points are "1" to "5". */
export function pollChoices(poll: PollView): { id: string, label: string }[] {
  if (poll.kind === 'scale')
    return poll.labels.map((label, i) => ({ id: String(i + 1), label }))
  return 'options' in poll ? poll.options : []
}

/** The meaning an option declares in the poll's frontmatter, or null. */
function meaningOf(poll: PollView, id: string): string | null {
  return 'options' in poll ? poll.options.find(o => o.id === id)?.meaning ?? null : null
}

/**
 * The colour a row's bar is drawn in, as a CSS value: the correct quiz answer in `--lp-correct`,
 * an option with a meaning in the deck's colour for it, the others in the neutral `--lp-bar`.
 */
export function barColour(row: Pick<ResultRow, 'correct' | 'meaning'>): string {
  if (row.correct)
    return 'var(--lp-correct)'
  return row.meaning ? `var(--lp-meaning-${row.meaning}, var(--lp-bar))` : 'var(--lp-bar)'
}

/** One row per choice in declared order; for a word cloud (a tally with words), its top entries. */
export function resultRows(poll: PollView, tally: Tally, options: RowOptions): ResultRow[] {
  const { revealed, earlier, maxWords = 12 } = options
  if (tally.words) {
    return tally.words.slice(0, maxWords).map(w => ({
      id: w.key,
      label: w.text,
      count: w.count,
      share: percent(w.count, tally.voters),
      meaning: null,
      correct: false,
    }))
  }
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
      meaning: meaningOf(poll, id),
      correct: poll.kind === 'quiz' && revealed && poll.correct === id,
    }
  })
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
