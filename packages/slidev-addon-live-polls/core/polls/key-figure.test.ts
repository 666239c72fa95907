import type { Poll } from './schema'
import { describe, expect, it } from 'vitest'
import { agreeing, keyFigure } from './key-figure'
import { pollSchema } from './schema'

const quiz = pollSchema.parse({ id: 'q', kind: 'quiz', question: 'Llama?', options: [{ id: 'open', label: 'Open' }, { id: 'weights', label: 'Weights' }], correct: 'weights' }) as Poll
const scale = pollSchema.parse({ id: 's', kind: 'scale', question: 'Publish the weights?' }) as Poll
const single = pollSchema.parse({ id: 'b', kind: 'single', question: 'Which?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }) as Poll
const cloud = pollSchema.parse({ id: 'w', kind: 'wordcloud', question: 'One word?' }) as Poll

describe('keyFigure', () => {
  it('gives a quiz\'s share correct only once the answer is revealed', () => {
    const tally = { voters: 8, counts: { open: 2, weights: 6 }, correct: 6 }
    expect(keyFigure(quiz, { tally, revealed: false })).toBeUndefined()
    expect(keyFigure(quiz, { tally, revealed: true })).toEqual({ value: '75%', caption: 'answered correctly', detail: '8 votes' })
  })

  it('sets round 1 beside round 2, with who changed to the right answer', () => {
    const first = { voters: 10, counts: { open: 6, weights: 4 }, correct: 4 }
    const tally = { voters: 10, counts: { open: 3, weights: 7 }, correct: 7 }
    expect(keyFigure(quiz, { tally, revealed: true, rounds: { first, shift: { both: 10, changed: 4, toCorrect: 3, fromCorrect: 0 } } }))
      .toEqual({ value: '40% → 70%', caption: 'correct, round 1 → round 2', detail: '3 changed to the right answer' })
  })

  it('compares a quiz asked again at the end with its start', () => {
    const earlier = { voters: 4, counts: { open: 3, weights: 1 }, correct: 1 }
    const tally = { voters: 5, counts: { open: 1, weights: 4 }, correct: 4 }
    expect(keyFigure(quiz, { tally, revealed: true, earlier })?.value).toBe('25% → 80%')
  })

  it('sums a scale by the share agreeing, against its start when compared', () => {
    const earlier = { voters: 10, counts: { 1: 2, 2: 3, 3: 2, 4: 2, 5: 1 } }
    const tally = { voters: 10, counts: { 1: 1, 2: 1, 3: 2, 4: 4, 5: 2 } }
    expect(agreeing(tally)).toBe(60)
    expect(keyFigure(scale, { tally, revealed: true })).toMatchObject({ value: '60%', caption: 'agree or strongly agree' })
    expect(keyFigure(scale, { tally, revealed: true, earlier })).toMatchObject({ value: '30% → 60%', caption: 'agree, start → now' })
  })

  it('counts a word cloud\'s visible words, and says nothing of an empty poll or a plain choice', () => {
    const words = [{ text: 'Free', key: 'free', count: 3, hidden: false }, { text: 'Rude', key: 'rude', count: 1, hidden: true }]
    expect(keyFigure(cloud, { tally: { voters: 4, counts: {}, words }, revealed: true })).toEqual({ value: '1', caption: 'different word', detail: 'from 4 people' })
    expect(keyFigure(quiz, { tally: { voters: 0, counts: {}, correct: 0 }, revealed: true })).toBeUndefined()
    expect(keyFigure(single, { tally: { voters: 3, counts: { a: 2, b: 1 } }, revealed: true })).toBeUndefined()
  })
})
