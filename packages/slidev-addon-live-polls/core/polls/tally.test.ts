import { describe, expect, it } from 'vitest'
import { pollSchema } from './schema.ts'
import { percent, RunningTally, tallyAnswers } from './tally.ts'

const options = [{ id: 'open', label: 'Open' }, { id: 'closed', label: 'Closed' }, { id: 'hybrid', label: 'Hybrid' }]

describe('tallyAnswers', () => {
  it('counts single-choice answers per option, zero included', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'single', question: 'Q', options })
    expect(tallyAnswers(poll, ['open', 'open', 'hybrid'])).toEqual({ voters: 3, counts: { open: 2, closed: 0, hybrid: 1 } })
  })

  it('counts each chosen option of a multiple-choice answer', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'multiple', question: 'Q', options, max: 2 })
    expect(tallyAnswers(poll, [['open', 'hybrid'], ['open']]).counts).toEqual({ open: 2, closed: 0, hybrid: 1 })
  })

  it('reports the correct answers of a quiz', () => {
    const poll = pollSchema.parse({ id: 'p', kind: 'quiz', question: 'Q', options, correct: 'hybrid' })
    expect(tallyAnswers(poll, ['hybrid', 'open', 'hybrid']).correct).toBe(2)
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
    running.add(['Open', 'data'])
    running.add(['open'])
    running.remove(['Open', 'data'])
    running.add(['free'])
    const scratch = tallyAnswers(cloud, [['open'], ['free']])
    const counted = (t: typeof scratch) => ({ voters: t.voters, words: t.words?.map(w => [w.key, w.count]) })
    expect(counted(running.result())).toEqual(counted(scratch))
    expect(counted(running.result())).toEqual({ voters: 2, words: [['free', 1], ['open', 1]] })
  })
})
