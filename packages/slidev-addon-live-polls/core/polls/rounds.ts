/**
 * Peer instruction (vote, discuss with a neighbour, vote again): what changed between round 1 and
 * round 2 of one poll. Pure, so the server computes it once and the slide, /api/results and the
 * report read the same numbers.
 */
import type { Answer } from './answer.ts'
import type { RoundShift } from './protocol.ts'
import type { Poll } from './schema.ts'
import type { Tally } from './tally.ts'
import { percent, tallyAnswers } from './tally.ts'

export type { RoundNumber, RoundShift, RoundsSnapshot } from './protocol.ts'

function sameAnswer(a: Answer, b: Answer): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000')
  return a === b
}

export function roundShift(poll: Poll, first: ReadonlyMap<string, Answer>, second: ReadonlyMap<string, Answer>): RoundShift {
  const shift: RoundShift = { both: 0, changed: 0 }
  const quiz = poll.kind === 'quiz'
  if (quiz) {
    shift.toCorrect = 0
    shift.fromCorrect = 0
  }
  for (const [participant, after] of second) {
    const before = first.get(participant)
    if (before === undefined)
      continue
    shift.both++
    if (!sameAnswer(before, after))
      shift.changed++
    if (quiz) {
      const was = before === poll.correct
      const is = after === poll.correct
      if (!was && is)
        shift.toCorrect!++
      if (was && !is)
        shift.fromCorrect!++
    }
  }
  return shift
}

export interface RoundComparison {
  first: Tally
  second: Tally
  shift: RoundShift
}

export function compareRounds(poll: Poll, first: ReadonlyMap<string, Answer>, second: ReadonlyMap<string, Answer>): RoundComparison {
  return {
    first: tallyAnswers(poll, first.values()),
    second: tallyAnswers(poll, second.values()),
    shift: roundShift(poll, first, second),
  }
}

/**
 * Where discussion helps most (Crouch & Mazur; Smith et al. 2009): with roughly 35-70 % right in
 * round 1, enough people hold the answer to convince their neighbours and enough do not to learn.
 */
export const DISCUSSION_BAND = { low: 35, high: 70 } as const

export type DiscussionHint = 'reteach' | 'discuss' | 'explain'

export const HINT_TEXT: Record<DiscussionHint, string> = {
  reteach: 'Re-teach: few got it right',
  discuss: 'Discuss, then revote',
  explain: 'Explain and move on: most got it right',
}

/** The presenter's next step from round 1's share correct (whole percent). */
export function discussionHint(correctPercent: number): DiscussionHint {
  if (correctPercent < DISCUSSION_BAND.low)
    return 'reteach'
  return correctPercent > DISCUSSION_BAND.high
    ? 'explain'
    : 'discuss'
}

/** Share correct of a quiz tally, or undefined for other kinds or no votes. */
export function correctPercent(tally: Tally | undefined): number | undefined {
  if (!tally || tally.correct === undefined || tally.voters === 0)
    return undefined
  return percent(tally.correct, tally.voters)
}
