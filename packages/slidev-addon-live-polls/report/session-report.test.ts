import type { DeckPoll } from '../core/polls/load-from-deck.ts'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pollSchema } from '../core/polls/schema.ts'
import { PollStore } from '../server/poll-store.ts'
import { QaStore } from '../server/qa-store.ts'
import { ReactionStore } from '../server/reaction-store.ts'
import { renderSessionReport } from './session-report.ts'

const options = [{ id: 'a', label: 'Alpha' }, { id: 'b', label: 'Beta' }]
const polls: DeckPoll[] = [
  { slide: 2, file: 'q.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'quiz', kind: 'quiz', question: 'Which?', options, correct: 'b', rounds: 2 }) },
  { slide: 3, file: 'w.md', line: 1, minutes: 1, poll: pollSchema.parse({ id: 'words', kind: 'wordcloud', question: 'One word?' }) },
]

describe('sessionReport', () => {
  it('shows both rounds with the shift, visible words, approved questions by votes and pace per slide, and no participant id', async () => {
    const store = new PollStore({ polls, resultsDir: mkdtempSync(join(tmpdir(), 'report-')) })
    const qa = new QaStore(store.log)
    const reactions = new ReactionStore(store.log)
    await store.act('quiz', 'open')
    await store.vote('quiz', 'secret-participant-1', 'a')
    await store.vote('quiz', 'secret-participant-2', 'b')
    await store.act('quiz', 'round-2')
    await store.vote('quiz', 'secret-participant-1', 'b')
    await store.vote('quiz', 'secret-participant-2', 'b')
    await store.act('words', 'open')
    await store.vote('words', 'secret-participant-1', ['Freedom'])
    await store.vote('words', 'secret-participant-2', ['Rude'])
    await store.setWordHidden('words', 'rude', true)
    const shown = await qa.ask('secret-participant-1', 'Who audits it?')
    const more = await qa.ask('secret-participant-2', 'What about <script>?')
    await qa.ask('secret-participant-2', 'Never approved?')
    if (!('id' in shown) || !('id' in more))
      throw new Error('not asked')
    await qa.moderate(shown.id, 'approve')
    await qa.moderate(more.id, 'approve')
    await qa.vote(more.id, 'secret-participant-1', true)
    await reactions.react(2, 'lost')

    const html = renderSessionReport({ title: 'T', from: '2026-01-01T09:00:00Z', to: '2026-01-01T10:30:00Z', timeZone: 'UTC', polls: store.snapshots({ presenter: true }), questions: qa.book.view(true).questions, pace: reactions.snapshot(), room: { joined: 2, size: 300, refused: 0 }, slideTitles: { 2: 'The quiz' } }, '')
    // The summary first: when, turnout, and the quiz's move between the rounds.
    expect(html).toContain('Thursday, 1 January 2026, 09:00–10:30')
    expect(html.indexOf('phones joined')).toBeLessThan(html.indexOf('Every poll'))
    expect(html).toMatch(/Share who answered correctly: <strong>50% → 100%<\/strong> <span class="shift-points up">\+50 pts/)
    // The details: both rounds as paired bars, the correct answer marked, the shift between rounds.
    expect(html).toMatch(/<li class="bar-row correct" style="--bar: var\(--lp-correct\)" data-option="b"><span class="bar-label">Beta <span class="correct-mark">correct answer<\/span><\/span><div class="bar bar-earlier"><span class="bar-tag">Round 1<\/span><span class="bar-track"><span class="bar-fill" style="width: 50%"><\/span><\/span><span class="bar-figure">1 · 50%<\/span><\/div><div class="bar"><span class="bar-tag">Round 2<\/span><span class="bar-track"><span class="bar-fill" style="width: 100%">/)
    expect(html).toContain('1 of 2 changed their answer, 1 of them to the correct one')
    expect(html).toContain('Freedom')
    expect(html).not.toContain('Rude')
    expect(html.indexOf('What about &lt;script&gt;?')).toBeLessThan(html.indexOf('Who audits it?'))
    expect(html).not.toContain('Never approved?')
    expect(html).toMatch(/2\. The quiz<\/th><td class="num">0<\/td><td class="num">1<\/td>/)
    expect(html).not.toMatch(/secret-participant/)
    await store.close()
  })
})
