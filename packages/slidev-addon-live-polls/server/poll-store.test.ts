import type { DeckPoll } from '../core/polls/load-from-deck.ts'
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pollSchema } from '../core/polls/schema.ts'
import { PollStore } from './poll-store.ts'

const at = '2026-12-01T10:00:00.000Z'
const polls: DeckPoll[] = [
  { slide: 3, file: 'p.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'pick', kind: 'single', question: 'Q', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }) },
  { slide: 4, file: 'w.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'words', kind: 'wordcloud', question: 'W', results: 'live' }) },
  { slide: 5, file: 's.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'scale', kind: 'scale', question: 'S' }) },
]

describe('pollStore', () => {
  it('replays the log after a restart: states, latest answer per participant, hidden words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'))
    const first = new PollStore({ polls, resultsDir: dir })
    await first.act('pick', 'open')
    await first.vote('pick', 'participant-1', 'a')
    await first.vote('pick', 'participant-2', 'a')
    await first.vote('pick', 'participant-1', 'b')
    await first.act('pick', 'reveal')
    await first.act('words', 'open')
    await first.vote('words', 'participant-1', ['Spam'])
    await first.setWordHidden('words', 'spam', true)
    // No close(): the process is gone as after SIGKILL; what was acknowledged is on disk.

    const second = new PollStore({ polls, resultsDir: dir })
    expect(second.snapshot('pick', { presenter: false })).toMatchObject({ state: 'open', revealed: true, voters: 2, tally: { counts: { a: 1, b: 1 } } })
    expect(second.snapshot('words', { presenter: false }).tally?.words).toEqual([])
    expect(second.snapshot('words', { presenter: true }).tally?.words?.[0]).toMatchObject({ key: 'spam', hidden: true })
    await Promise.all([first.close(), second.close()])
  })

  it('ignores a torn last line and keeps appending on a fresh line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'))
    const store = new PollStore({ polls, resultsDir: dir })
    await store.act('pick', 'open')
    await store.vote('pick', 'participant-1', 'a')
    await store.close()
    appendFileSync(join(dir, 'polls.jsonl'), '{"type":"vote","poll":"pick","partic')

    const after = new PollStore({ polls, resultsDir: dir })
    expect(after.snapshot('pick', { presenter: true }).voters).toBe(1)
    await after.vote('pick', 'participant-2', 'b')
    await after.close()
    expect(new PollStore({ polls, resultsDir: dir }).snapshot('pick', { presenter: true }).voters).toBe(2)
  })

  it('archives a reset instead of deleting: the votes stay in the log and in an archive file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'))
    const store = new PollStore({ polls, resultsDir: dir })
    await store.act('pick', 'open')
    await store.vote('pick', 'participant-1', 'a')
    await store.act('pick', 'reset')
    expect(store.snapshot('pick', { presenter: true })).toMatchObject({ voters: 0, round: 1 })
    const [archive] = readdirSync(join(dir, 'archive'))
    expect(JSON.parse(readFileSync(join(dir, 'archive', archive), 'utf8')).answers).toMatchObject([{ participant: 'participant-1', answer: 'a' }])
    expect(readFileSync(join(dir, 'polls.jsonl'), 'utf8')).toContain('"participant":"participant-1"')
    await store.close()
  })

  it('maps a slide number to the poll on it', () => {
    const store = new PollStore({ polls, resultsDir: mkdtempSync(join(tmpdir(), 'store-')) })
    expect(store.onSlide(4)).toBe('words')
    expect(store.onSlide(6)).toBeNull()
  })

  it('makes a close a barrier: once it is asked for, no vote is accepted, and none lands after it in the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'))
    const store = new PollStore({ polls, resultsDir: dir })
    await store.act('pick', 'open')
    const before = store.vote('pick', 'participant-1', 'a')
    const closing = store.act('pick', 'close')
    // The close is on its way to disk: the vote path's check already says closed.
    expect(store.isOpen('pick')).toBe(false)
    await Promise.all([before, closing])
    const lines = readFileSync(join(dir, 'polls.jsonl'), 'utf8').trim().split('\n').map(line => JSON.parse(line).type)
    expect(lines).toEqual(['open', 'vote', 'close'])
    await store.close()
  })

  it('sets aside, and reports, records the deck\'s polls would never have accepted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'))
    const records = [
      { type: 'open', poll: 'scale', at },
      { type: 'vote', poll: 'scale', participant: 'p-1', answer: 99999, at },
      { type: 'vote', poll: 'scale', participant: 'p-2', answer: 4, at },
      { type: 'vote', poll: 'scale', participant: 'p-3', answer: '5', at },
      { type: 'close', poll: 'scale', at },
      { type: 'vote', poll: 'scale', participant: 'p-4', answer: 1, at },
      { type: 'vote', poll: 'scale', participant: 'p-5', answer: 1, at: 'yesterday' },
      { type: 'open', poll: 'pick', at },
      { type: 'vote', poll: 'pick', participant: 'p-1', answer: 'z', at },
    ]
    writeFileSync(join(dir, 'polls.jsonl'), records.map(r => `${JSON.stringify(r)}\n`).join(''))
    const store = new PollStore({ polls, resultsDir: dir })
    expect(store.tally('scale')).toMatchObject({ voters: 1, mean: 4 })
    expect(store.snapshot('pick', { presenter: true }).voters).toBe(0)
    expect(store.setAside.map(s => s.line)).toEqual([2, 4, 6, 7, 9])
    expect(store.setAside[0].reason).toMatch(/answer that does not fit poll "scale"/)
    expect(store.setAside[2].reason).toMatch(/while it was closed/)
    await store.close()
  })
})
