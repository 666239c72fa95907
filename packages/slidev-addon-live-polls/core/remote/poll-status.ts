/**
 * What the slide's poll is doing, for the presenter's phone: "not opened yet" before it was ever
 * opened (never "closed", as the slide and /join never say it: lib/polls/phase.ts decides), then
 * whether voting is open and whether the room sees the results, the round and the votes.
 */
import type { PollSnapshot } from '../polls/protocol.ts'
import { pollPhase, votes } from '../polls/phase.ts'

export function remotePollStatus(poll: Pick<PollSnapshot, 'state' | 'revealed' | 'voters' | 'rounds'>): string {
  const phase = pollPhase(poll)
  const state = phase === 'soon'
    ? 'not opened yet'
    : `${poll.state === 'open' ? 'voting open' : 'voting closed'}, results ${poll.revealed ? 'shown' : 'hidden'}`
  const round = poll.rounds ? ` · round ${poll.rounds.current} of 2` : ''
  return `${state}${round} · ${votes(poll.voters)}`
}
