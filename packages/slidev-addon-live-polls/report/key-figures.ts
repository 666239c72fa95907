/**
 * The numbers an organiser reads first: turnout, and how the room moved between a poll and the
 * poll it declares `compareWith` (start and end of the session), or between the two rounds of a
 * two-round poll. Pure functions of the replayed snapshots, so the summary and the details agree.
 */
import type { PollSnapshot, RoomState } from '../core/polls/protocol'
import type { Tally } from '../core/polls/tally'
import type { QuestionView } from '../core/questions/questions'
import type { PaceSnapshot } from '../core/reactions/reactions'
import { resultRows } from '../core/polls/rows'
import { percent } from '../core/polls/tally'

export interface Turnout {
  /** Phones that joined the session. */
  joined: number
  /** Answers counted over every poll and round. */
  votes: number
  /** Polls with at least one answer. */
  pollsAnswered: number
  /** The most voters any one poll had. */
  mostVoters: number
  questionsAsked: number
  questionsPublished: number
  reactions: number
}

export function turnout(polls: readonly PollSnapshot[], questions: readonly QuestionView[], pace: PaceSnapshot, room: RoomState): Turnout {
  const voters = polls.map(p => (p.tally?.voters ?? 0) + (p.rounds?.first?.voters ?? 0))
  return {
    joined: room.joined,
    votes: voters.reduce((a, b) => a + b, 0),
    pollsAnswered: voters.filter(n => n > 0).length,
    mostVoters: Math.max(0, ...polls.map(p => Math.max(p.tally?.voters ?? 0, p.rounds?.first?.voters ?? 0))),
    questionsAsked: questions.length,
    questionsPublished: questions.filter(q => q.status === 'approved').length,
    reactions: Object.values(pace.bySlide).reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0),
  }
}

/** One movement of the room: a share at the start (or round 1) and at the end (or round 2). */
export interface Shift {
  /** The later poll's id (the one that declares `compareWith`, or the two-round poll). */
  id: string
  question: string
  how: 'compare' | 'rounds'
  /** What the share counts, e.g. "answered correctly", "agree or strongly agree", or an option's label. */
  measure: string
  from: { label: string, slide: number, share: number, voters: number }
  to: { label: string, slide: number, share: number, voters: number }
  /** Scales: the mean before and after. */
  mean?: { from: number, to: number }
}

/** Scale points that count as agreeing (4 and 5 of 5). */
const AGREE = ['4', '5']

function share(snapshot: PollSnapshot, tally: Tally, earlier: Tally): { measure: string, from: number, to: number } {
  const poll = snapshot.poll
  if (poll.kind === 'quiz')
    return { measure: 'answered correctly', from: percent(earlier.correct ?? 0, earlier.voters), to: percent(tally.correct ?? 0, tally.voters) }
  if (poll.kind === 'scale') {
    const agree = (t: Tally) => percent(AGREE.reduce((sum, point) => sum + (t.counts[point] ?? 0), 0), t.voters)
    return { measure: `${poll.labels[3]?.toLowerCase() ?? 'agree'} or ${poll.labels[4]?.toLowerCase() ?? 'strongly agree'}`, from: agree(earlier), to: agree(tally) }
  }
  // Any other poll: the option that moved most.
  const rows = resultRows(poll, tally, { revealed: true, earlier })
  const moved = rows.reduce((best, row) => Math.abs(row.share - (row.before?.share ?? 0)) > Math.abs(best.share - (best.before?.share ?? 0)) ? row : best, rows[0]!)
  return { measure: `chose "${moved.label}"`, from: moved.before?.share ?? 0, to: moved.share }
}

/** Every before/after pair and every two-round poll that has answers on both sides, in slide order. */
export function keyShifts(polls: readonly PollSnapshot[]): Shift[] {
  const byId = new Map(polls.map(p => [p.id, p]))
  return polls.flatMap((snapshot): Shift[] => {
    const tally = snapshot.tally
    if (!tally?.voters || snapshot.poll.kind === 'wordcloud')
      return []
    const earlierSnapshot = snapshot.poll.compareWith ? byId.get(snapshot.poll.compareWith) : undefined
    const first = snapshot.rounds?.first
    const earlier = earlierSnapshot?.tally ?? first
    if (!earlier?.voters)
      return []
    const { measure, from, to } = share(snapshot, tally, earlier)
    const how = earlierSnapshot ? 'compare' : 'rounds'
    const mean = typeof tally.mean === 'number' && typeof earlier.mean === 'number' ? { from: earlier.mean, to: tally.mean } : undefined
    return [{
      id: snapshot.id,
      question: snapshot.poll.question,
      how,
      measure,
      from: { label: how === 'compare' ? 'Start' : 'Round 1', slide: earlierSnapshot?.slide ?? snapshot.slide, share: from, voters: earlier.voters },
      to: { label: how === 'compare' ? 'End' : 'Round 2', slide: snapshot.slide, share: to, voters: tally.voters },
      ...(mean ? { mean } : {}),
    }]
  })
}

/** Ids of polls shown inside a later poll (its `compareWith`): the report prints the pair once. */
export function comparedEarlier(polls: readonly PollSnapshot[]): Set<string> {
  return new Set(polls.flatMap(p => p.poll.compareWith ? [p.poll.compareWith] : []))
}
