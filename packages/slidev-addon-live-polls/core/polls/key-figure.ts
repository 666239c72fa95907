/**
 * The one figure a poll's results are summed up by, shown large beside the bars once revealed and
 * under them on paper: the share correct of a quiz, the share agreeing on a scale, how many words a
 * cloud gathered; with a round 2 or a `compareWith` poll, the figure before and after. Pure, so the
 * slide, its print view and the report say the same thing about the same tallies.
 */
import type { PollView, RoundShift } from './protocol.ts'
import type { Tally } from './tally.ts'
import { votes } from './phase.ts'
import { correctPercent } from './rounds.ts'
import { percent } from './tally.ts'

export interface KeyFigure {
  /** The figure itself: "62%", or "37% → 62%" for a before/after. */
  value: string
  /** What it counts, e.g. "answered correctly". */
  caption: string
  /** A second, smaller line (who changed their answer, how many voted before and after). */
  detail?: string
}

export interface KeyFigureInput {
  tally: Tally
  /** Whether the quiz answer may be shown (it is hidden from the room until the reveal). */
  revealed: boolean
  /** The earlier poll's tally for a before/after pair (`compareWith`). */
  earlier?: Tally
  /** Round 1's tally and who moved, for a poll asked twice (`rounds: 2`). */
  rounds?: { first: Tally, shift?: RoundShift }
}

/** The share choosing "Agree" or "Strongly agree" (points 4 and 5) of a five-point scale. */
export function agreeing(tally: Tally): number {
  return percent((tally.counts['4'] ?? 0) + (tally.counts['5'] ?? 0), tally.voters)
}

const change = (before: number, after: number) => `${before}% → ${after}%`

export function keyFigure(poll: PollView, { tally, revealed, earlier, rounds }: KeyFigureInput): KeyFigure | undefined {
  if (tally.voters === 0)
    return undefined
  if (poll.kind === 'quiz') {
    const now = correctPercent(tally)
    if (!revealed || now === undefined)
      return undefined
    const first = rounds ? correctPercent(rounds.first) : undefined
    if (rounds && first !== undefined) {
      const moved = rounds.shift?.toCorrect
      return { value: change(first, now), caption: 'correct, round 1 → round 2', detail: moved === undefined ? undefined : `${moved} changed to the right answer` }
    }
    const before = correctPercent(earlier)
    if (before !== undefined)
      return { value: change(before, now), caption: 'correct, start → now', detail: `${votes(earlier!.voters)} → ${votes(tally.voters)}` }
    return { value: `${now}%`, caption: 'answered correctly', detail: votes(tally.voters) }
  }
  if (rounds?.shift)
    return { value: `${rounds.shift.changed} of ${rounds.shift.both}`, caption: 'changed their answer after discussing' }
  if (poll.kind === 'scale') {
    if (earlier && earlier.voters > 0)
      return { value: change(agreeing(earlier), agreeing(tally)), caption: 'agree, start → now', detail: `${votes(earlier.voters)} → ${votes(tally.voters)}` }
    return { value: `${agreeing(tally)}%`, caption: 'agree or strongly agree', detail: votes(tally.voters) }
  }
  if (poll.kind === 'wordcloud' && tally.words) {
    const shown = tally.words.filter(w => !w.hidden).length
    return { value: String(shown), caption: `different ${shown === 1 ? 'word' : 'words'}`, detail: `from ${tally.voters} ${tally.voters === 1 ? 'person' : 'people'}` }
  }
  return undefined
}
