import type { DeckPoll } from '../polls/load-from-deck.ts'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PollStore } from '../../server/poll-store.ts'
import { QaStore } from '../../server/qa-store.ts'
import { ReactionStore } from '../../server/reaction-store.ts'
import { renderHtmlDocument } from '../handouts/html-document.ts'
import { pollSchema } from '../polls/schema.ts'
import { sessionReport } from './session-report.ts'

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

    const doc = sessionReport({ title: 'T', at: '2026-01-01T00:00:00Z', polls: store.snapshots({ presenter: true }), questions: qa.book.view(true).questions, pace: reactions.snapshot(), slideTitles: { 2: 'The quiz' } })
    const html = renderHtmlDocument(doc, '')
    expect(html).toContain('50% in round 1, 100% in round 2; 1 changed to the right answer')
    expect(html).toMatch(/Beta <strong>\(correct\)<\/strong><\/th><td>1 \(50%\)<\/td><td>2 \(100%\)<\/td><td>\+50 pts/)
    expect(html).toContain('Freedom')
    expect(html).not.toContain('Rude')
    expect(html.indexOf('What about &lt;script&gt;?')).toBeLessThan(html.indexOf('Who audits it?'))
    expect(html).not.toContain('Never approved?')
    expect(html).toMatch(/2\. The quiz<\/th><td>0<\/td><td>1<\/td>/)
    expect(html).not.toMatch(/secret-participant/)
    await store.close()
  })
})
