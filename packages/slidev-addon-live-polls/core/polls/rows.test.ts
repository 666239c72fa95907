import type { Poll } from './schema'
import { describe, expect, it } from 'vitest'
import { answerLabel, barColour, pollChoices, resultRows } from './rows'
import { pollSchema } from './schema'
import { tallyAnswers } from './tally'

const single = pollSchema.parse({ id: 'b', kind: 'single', question: 'Which?', options: [{ id: 'tea', label: 'Tea', meaning: 'warm' }, { id: 'iced', label: 'Iced tea', meaning: 'cold' }, { id: 'other', label: 'Other' }] }) as Poll
const quiz = pollSchema.parse({ id: 'q', kind: 'quiz', question: 'Llama?', options: [{ id: 'mars', label: 'Mars' }, { id: 'jupiter', label: 'Jupiter' }], correct: 'jupiter' }) as Poll

describe('resultRows', () => {
  it('gives each option its count, share and the meaning it declares, and its bar that meaning\'s colour', () => {
    const rows = resultRows(single, { voters: 4, counts: { tea: 3, iced: 1, other: 0 } }, { revealed: true })
    expect(rows.map(r => [r.id, r.count, r.share, r.meaning])).toEqual([['tea', 3, 75, 'warm'], ['iced', 1, 25, 'cold'], ['other', 0, 0, null]])
    expect(rows.map(barColour)).toEqual(['var(--lp-meaning-warm, var(--lp-bar))', 'var(--lp-meaning-cold, var(--lp-bar))', 'var(--lp-bar)'])
  })

  it('pairs each option with the earlier poll\'s figures', () => {
    const rows = resultRows(single, { voters: 2, counts: { tea: 2 } }, { revealed: true, earlier: { voters: 4, counts: { tea: 1, iced: 3 } } })
    expect(rows[0]!.before).toEqual({ count: 1, share: 25 })
    expect(rows[1]!.before).toEqual({ count: 3, share: 75 })
  })

  it('marks the correct quiz answer only after the reveal, and takes no meaning from an option\'s id', () => {
    const tally = { voters: 1, counts: { jupiter: 1 } }
    expect(resultRows(quiz, tally, { revealed: false }).some(r => r.correct)).toBe(false)
    const shown = resultRows(quiz, tally, { revealed: true })
    expect(shown.map(r => r.correct)).toEqual([false, true])
    expect(shown.map(r => r.meaning)).toEqual([null, null])
    expect(barColour(shown[1]!)).toBe('var(--lp-correct)')
  })

  it('lists a scale\'s five points', () => {
    const scale = pollSchema.parse({ id: 's', kind: 'scale', question: 'Agree?' }) as Poll
    expect(pollChoices(scale).map(c => c.id)).toEqual(['1', '2', '3', '4', '5'])
  })

  it('gives a word cloud its top entries as rows, without meaning or correctness', () => {
    const words = pollSchema.parse({ id: 'w', kind: 'wordcloud', question: 'One word?' }) as Poll
    const tally = tallyAnswers(words, [['Tea'], ['tea'], ['Coffee'], ['Water']])
    const rows = resultRows(words, tally, { revealed: true, maxWords: 2 })
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ label: 'Tea', count: 2, meaning: null, correct: false })
  })

  it('shows a quiz without its answer (as phones get it before the reveal) with no row marked', () => {
    const { correct: _hidden, ...withoutAnswer } = quiz as Extract<Poll, { kind: 'quiz' }>
    expect(resultRows(withoutAnswer, { voters: 1, counts: { jupiter: 1 } }, { revealed: false }).map(r => r.correct)).toEqual([false, false])
  })
})

describe('answerLabel', () => {
  it('reads answers as their labels', () => {
    const scale = pollSchema.parse({ id: 's', kind: 'scale', question: 'S' }) as Poll
    expect(answerLabel(scale, 5)).toBe('Strongly agree')
    expect(answerLabel(quiz, 'jupiter')).toBe('Jupiter')
    expect(answerLabel(single, ['tea', 'iced'])).toBe('Tea, Iced tea')
  })
})
