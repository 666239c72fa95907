import { describe, expect, it } from 'vitest'
import { pollSchema } from './schema.ts'
import { percent, RunningTally, tallyAnswers } from './tally.ts'

const options = [{ id: 'tea', label: 'Tea' }, { id: 'coffee', label: 'Coffee' }, { id: 'water', label: 'Water' }]

describe('tallyAnswers', () => {
  it('counts single-choice answers per option, zero included', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'single', question: 'Q', options })
    expect(tallyAnswers(poll, ['tea', 'tea', 'water'])).toEqual({ voters: 3, counts: { tea: 2, coffee: 0, water: 1 } })
  })

  it('counts each chosen option of a multiple-choice answer', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'multiple', question: 'Q', options, max: 2 })
    expect(tallyAnswers(poll, [['tea', 'water'], ['tea']]).counts).toEqual({ tea: 2, coffee: 0, water: 1 })
  })

  it('reports the correct answers of a quiz', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'quiz', question: 'Q', options, correct: 'water' })
    expect(tallyAnswers(poll, ['water', 'tea', 'water']).correct).toBe(2)
  })

  it('gives scale counts per point and the mean', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'scale', question: 'Q' })
    const tally = tallyAnswers(poll, [1, 5, 5, 3])
    expect(tally.counts).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0, 5: 2 })
    expect(tally.mean).toBe(3.5)
    expect(tallyAnswers(poll, []).mean).toBeNull()
  })

  it('merges word-cloud entries case-insensitively and leaves hidden ones to the presenter', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'wordcloud', question: 'Q', maxEntries: 2 })
    const answers = [['Freedom'], ['freedom', 'risk'], ['spam']]
    const hidden = new Set(['spam'])
    expect(tallyAnswers(poll, answers, hidden).words?.map(w => [w.text, w.count])).toEqual([['Freedom', 2], ['risk', 1]])
    expect(tallyAnswers(poll, answers, hidden, true).words?.find(w => w.key === 'spam')?.hidden).toBe(true)
  })

  it('rounds shares and survives zero votes', () => {
    expect(percent(2, 3)).toBe(67)
    expect(percent(0, 0)).toBe(0)
  })
})

describe('runningTally', () => {
  it('gives the same tally as counting from scratch when answers change and words come and go', () => {
    const cloud = pollSchema.parse({ id: 'w', kind: 'wordcloud', question: 'Q', maxEntries: 2 })
    const running = new RunningTally(cloud)
    running.add(['Tea', 'data'])
    running.add(['tea'])
    running.remove(['Tea', 'data'])
    running.add(['free'])
    const scratch = tallyAnswers(cloud, [['tea'], ['free']])
    const counted = (t: typeof scratch) => ({ voters: t.voters, words: t.words?.map(w => [w.key, w.count]) })
    expect(counted(running.result())).toEqual(counted(scratch))
    expect(counted(running.result())).toEqual({ voters: 2, words: [['free', 1], ['tea', 1]] })
  })
})
