import type { Answer } from './answer.ts'
import { describe, expect, it } from 'vitest'
import { compareRounds, correctPercent, discussionHint, roundShift } from './rounds.ts'
import { pollSchema } from './schema.ts'

const options = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }]
const quiz = pollSchema.parse({ id: 'q', kind: 'quiz', question: 'Q', options, correct: 'b', rounds: 2 })
const answers = (entries: [string, Answer][]) => new Map<string, Answer>(entries)

describe('compareRounds', () => {
  it('tallies each round on its own and counts who moved to the right answer', () => {
    const first = answers([['p1', 'a'], ['p2', 'b'], ['p3', 'c'], ['p4', 'a']])
    const second = answers([['p1', 'b'], ['p2', 'b'], ['p3', 'a'], ['p5', 'b']])
    const { first: t1, second: t2, shift } = compareRounds(quiz, first, second)
    expect(t1).toMatchObject({ voters: 4, counts: { a: 2, b: 1, c: 1 }, correct: 1 })
    expect(t2).toMatchObject({ voters: 4, counts: { a: 1, b: 3, c: 0 }, correct: 3 })
    // p4 did not revote and p5 only voted in round 2: neither counts as a change.
    expect(shift).toEqual({ both: 3, changed: 2, toCorrect: 1, fromCorrect: 0 })
  })

  it('counts a move away from the right answer too', () => {
    expect(roundShift(quiz, answers([['p1', 'b']]), answers([['p1', 'c']]))).toEqual({ both: 1, changed: 1, toCorrect: 0, fromCorrect: 1 })
  })

  it('treats a multiple-choice answer in another order as unchanged, and has no correct counts outside quizzes', () => {
    const multiple = pollSchema.parse({ id: 'm', kind: 'multiple', question: 'Q', options, max: 2, rounds: 2 })
    expect(roundShift(multiple, answers([['p1', ['a', 'b']]]), answers([['p1', ['b', 'a']]]))).toEqual({ both: 1, changed: 0 })
    const scale = pollSchema.parse({ id: 's', kind: 'scale', question: 'Q', rounds: 2 })
    expect(roundShift(scale, answers([['p1', 2], ['p2', 4]]), answers([['p1', 2], ['p2', 5]]))).toEqual({ both: 2, changed: 1 })
  })
})

describe('discussionHint', () => {
  it('says discuss inside the 35-70 % band, re-teach below and explain above', () => {
    expect(discussionHint(34)).toBe('reteach')
    expect(discussionHint(35)).toBe('discuss')
    expect(discussionHint(52)).toBe('discuss')
    expect(discussionHint(70)).toBe('discuss')
    expect(discussionHint(71)).toBe('explain')
  })

  it('reads the share correct from a quiz tally, none without votes', () => {
    expect(correctPercent({ voters: 4, counts: {}, correct: 1 })).toBe(25)
    expect(correctPercent({ voters: 0, counts: {}, correct: 0 })).toBeUndefined()
    expect(correctPercent({ voters: 3, counts: {} })).toBeUndefined()
  })
})

describe('rounds in the declaration', () => {
  it('defaults to one round and refuses a second round on a word cloud', () => {
    expect(pollSchema.parse({ id: 's', kind: 'single', question: 'Q', options })).toMatchObject({ rounds: 1 })
    expect(pollSchema.safeParse({ id: 'w', kind: 'wordcloud', question: 'Q', rounds: 2 }).success).toBe(false)
    expect(pollSchema.safeParse({ id: 's', kind: 'single', question: 'Q', options, rounds: 3 }).success).toBe(false)
  })
})
