import { describe, expect, it } from 'vitest'
import { answerLabel, resultRows } from './result-rows.ts'
import { pollSchema } from './schema.ts'
import { tallyAnswers } from './tally.ts'

const quiz = pollSchema.parse({ id: 'q', kind: 'quiz', question: 'Q', correct: 'b', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] })

describe('resultRows', () => {
  it('gives each option its count and share, and marks the correct one only once revealed', () => {
    const tally = tallyAnswers(quiz, ['a', 'b', 'b'])
    expect(resultRows(quiz, tally, false)).toEqual([
      { id: 'a', label: 'A', count: 1, share: 33, correct: false },
      { id: 'b', label: 'B', count: 2, share: 67, correct: false },
    ])
    expect(resultRows(quiz, tally, true).map(r => r.correct)).toEqual([false, true])
  })

  it('reads answers as their labels', () => {
    const scale = pollSchema.parse({ id: 's', kind: 'scale', question: 'S' })
    expect(answerLabel(scale, 5)).toBe('Strongly agree')
    expect(answerLabel(quiz, 'b')).toBe('B')
  })
})
