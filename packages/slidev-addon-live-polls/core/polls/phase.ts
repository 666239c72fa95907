/**
 * What a poll is doing, in words the room reads the same on the slide and on /join:
 * "Voting opens soon" before the presenter opens it (never "closed", which reads as "you missed
 * it"), "Voting open", "Voting closed" once votes are in, "Results" after the reveal.
 */
import type { PollStatus } from './protocol.ts'

export type PollPhase = 'soon' | 'open' | 'closed' | 'results'

export const PHASE_LABELS: Record<PollPhase, string> = {
  soon: 'Voting opens soon',
  open: 'Voting open',
  closed: 'Voting closed',
  results: 'Results',
}

export interface PhaseInput {
  state: PollStatus
  revealed: boolean
  voters: number
}

export function pollPhase({ state, revealed, voters }: PhaseInput): PollPhase {
  if (state === 'open')
    return 'open'
  if (revealed)
    return 'results'
  return voters > 0 ? 'closed' : 'soon'
}

/** "1 vote", "3 votes": counts read aloud from the slide. */
export function votes(n: number): string {
  return `${n} ${n === 1 ? 'vote' : 'votes'}`
}

/**
 * "12 of 30 voted" when the number of phones joined is known, else "12 voted". Phones that voted
 * and then closed the page still count as votes, so a smaller "joined" figure is left out.
 */
export function turnout(voters: number, joined: number | null): string {
  return joined === null || joined === 0 || joined < voters ? `${voters} voted` : `${voters} of ${joined} voted`
}
