import type { DeckPoll } from '../core/polls/load-from-deck.ts'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pollSchema } from '../core/polls/schema.ts'
import { PollStore } from './poll-store.ts'
import { resultsCsv, resultsJson } from './results-export.ts'

const options = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]
const polls: DeckPoll[] = [
  { slide: 2, file: 'q.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'quiz', kind: 'quiz', question: 'Q', options, correct: 'b', rounds: 2 }) },
  { slide: 3, file: 'p.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'once', kind: 'single', question: 'P', options }) },
]

async function twoRounds(dir: string): Promise<PollStore> {
  const store = new PollStore({ polls, resultsDir: dir })
  await store.act('quiz', 'open')
  await store.vote('quiz', 'participant-1', 'a')
  await store.vote('quiz', 'participant-2', 'b')
  await store.vote('quiz', 'participant-3', 'a')
  await store.act('quiz', 'close')
  await store.act('quiz', 'round-2')
  await store.vote('quiz', 'participant-1', 'b')
  await store.vote('quiz', 'participant-2', 'b')
  return store
}

describe('pollStore rounds', () => {
  it('keeps round 1 apart, reopens voting with results hidden, and reports the shift', async () => {
    const store = await twoRounds(mkdtempSync(join(tmpdir(), 'rounds-')))
    const presenter = store.snapshot('quiz', { presenter: true })
    expect(presenter).toMatchObject({ state: 'open', revealed: false, voters: 2, tally: { correct: 2 } })
    expect(presenter.rounds).toEqual({
      current: 2,
      first: { voters: 3, counts: { a: 2, b: 1 }, correct: 1 },
      shift: { both: 2, changed: 1, toCorrect: 1, fromCorrect: 0 },
    })
    // The room sees neither round until the presenter reveals.
    expect(store.snapshot('quiz', { presenter: false }).rounds).toEqual({ current: 2 })
    await store.act('quiz', 'reveal')
    expect(store.snapshot('quiz', { presenter: false }).rounds?.first?.voters).toBe(3)
    expect(store.snapshot('once', { presenter: true }).rounds).toBeUndefined()
    await store.close()
  })

  it('replays both rounds after a restart, and puts them in the JSON and CSV export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rounds-'))
    const first = await twoRounds(dir)
    const second = new PollStore({ polls, resultsDir: dir })
    expect(second.snapshot('quiz', { presenter: true }).rounds).toEqual(first.snapshot('quiz', { presenter: true }).rounds)
    const exported = resultsJson(second).polls.find(p => p.id === 'quiz')!
    expect(exported.firstRound?.map(a => a.participant)).toEqual(['participant-1', 'participant-2', 'participant-3'])
    expect(exported.answers).toHaveLength(2)
    const csv = resultsCsv(second).split('\r\n')
    expect(csv[0]).toBe('poll,kind,question,round,participant,answer,at,vote_round')
    expect(csv.filter(line => line.startsWith('quiz,') && /^quiz,.*,1$/.test(line))).toHaveLength(3)
    expect(csv.filter(line => line.startsWith('quiz,') && /^quiz,.*,2$/.test(line))).toHaveLength(2)
    await Promise.all([first.close(), second.close()])
  })

  it('refuses round 2 on a one-round poll or twice, and a reset starts again at round 1', async () => {
    const store = await twoRounds(mkdtempSync(join(tmpdir(), 'rounds-')))
    expect(store.refusal('once', 'round-2')).toMatch(/one round/)
    expect(store.refusal('quiz', 'round-2')).toMatch(/already started/)
    await store.act('quiz', 'reset')
    expect(store.snapshot('quiz', { presenter: true })).toMatchObject({ voters: 0, rounds: { current: 1 } })
    expect(store.refusal('quiz', 'round-2')).toBeNull()
    await store.close()
  })
})
