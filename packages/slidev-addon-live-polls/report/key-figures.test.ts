import type { PollSnapshot } from '../core/polls/protocol.ts'
import { describe, expect, it } from 'vitest'
import { pollSchema } from '../core/polls/schema.ts'
import { comparedEarlier, keyShifts, turnout } from './key-figures.ts'

const scale = (id: string, compareWith?: string) => pollSchema.parse({ id, kind: 'scale', question: 'Publish the weights?', ...(compareWith ? { compareWith } : {}) })
function snapshot(slide: number, poll: ReturnType<typeof scale>, counts: Record<string, number>, mean: number): PollSnapshot {
  return {
    id: poll.id,
    slide,
    poll,
    state: 'closed',
    revealed: true,
    voters: 10,
    round: 1,
    tally: { voters: 10, counts, mean },
  }
}

describe('keyShifts', () => {
  const before = snapshot(3, scale('before'), { 1: 3, 2: 3, 3: 2, 4: 1, 5: 1 }, 2.4)
  const after = snapshot(40, scale('after', 'before'), { 1: 1, 2: 1, 3: 2, 4: 3, 5: 3 }, 3.6)

  it('reads a compareWith pair as the share agreeing at the start and at the end, with the means', () => {
    expect(keyShifts([before, after])).toEqual([{
      id: 'after',
      question: 'Publish the weights?',
      how: 'compare',
      measure: 'agree or strongly agree',
      from: { label: 'Start', slide: 3, share: 20, voters: 10 },
      to: { label: 'End', slide: 40, share: 60, voters: 10 },
      mean: { from: 2.4, to: 3.6 },
    }])
    expect([...comparedEarlier([before, after])]).toEqual(['before'])
  })

  it('has no shift while one side has no answers', () => {
    expect(keyShifts([{ ...before, tally: { voters: 0, counts: {} } }, after])).toEqual([])
  })

  it('counts turnout over polls, questions and reactions', () => {
    const pace = { window: { like: 0, lost: 0, slower: 0, faster: 0 }, bySlide: { 3: { like: 2, lost: 1, slower: 0, faster: 0 } }, floating: false }
    expect(turnout([before, after], [], pace, { joined: 12, size: 300, refused: 0 })).toEqual({ joined: 12, votes: 20, pollsAnswered: 2, mostVoters: 10, questionsAsked: 0, questionsPublished: 0, reactions: 3 })
  })
})
