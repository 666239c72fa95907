import type { DeckPoll } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
import { pollSchema } from 'slidev-addon-live-polls/core/polls/schema.ts'
import { describe, expect, it } from 'vitest'
import { pollResultsSchema, renderPolls } from './polls-html'

function entry(declared: unknown, slide: number): DeckPoll {
  return {
    poll: pollSchema.parse(declared),
    slide,
    file: 'pages/x.md',
    line: 1,
    minutes: 2,
  }
}

const single = entry({
  id: 'best',
  kind: 'single',
  question: 'Which is best?',
  options: [
    { id: 'open', label: 'Open', meaning: 'open' },
    { id: 'closed', label: 'Closed', meaning: 'closed' },
  ],
}, 3)
const scale = entry({ id: 'agree', kind: 'scale', question: 'Agree?' }, 4)

describe('renderPolls', () => {
  it('lists each question and its options', () => {
    const html = renderPolls([single, scale])
    expect(html).toContain('Slide 3: Which is best?')
    expect(html).toContain('<li>Open</li>')
    expect(html).toContain('Strongly agree')
    expect(html).not.toContain('participants answered')
  })

  it('draws counts and shares as bars, with the scale mean, from a session\'s results', () => {
    const results = pollResultsSchema.parse({
      exportedAt: '2026-11-28T10:00:00Z',
      polls: [
        {
          id: 'best',
          slide: 3,
          state: 'closed',
          revealed: true,
          round: 0,
          voters: 4,
          tally: {
            voters: 4,
            counts: { open: 3, closed: 1 },
          },
          answers: [],
        },
        {
          id: 'agree',
          slide: 4,
          state: 'closed',
          revealed: false,
          round: 0,
          voters: 2,
          tally: {
            voters: 2,
            counts: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0 },
            mean: 3.5,
          },
          answers: [
            { participant: 'p1', answer: 3, at: '2026-11-28T09:58:00Z' },
            { participant: 'p2', answer: 4, at: '2026-11-28T09:59:00Z' },
          ],
        },
      ],
    })
    const html = renderPolls([single, scale], results)
    // Drawn as the session report draws them: a bar per option in its declared meaning's colour, with its figures.
    expect(html).toMatch(/<li class="bar-row meaning" style="--bar: var\(--lp-meaning-open, var\(--lp-bar\)\)" data-option="open"><span class="bar-label">Open<\/span><div class="bar"><span class="bar-track"><span class="bar-fill" style="width: 75%"><\/span><\/span><span class="bar-figure">3 · 75%<\/span>/)
    expect(html).toContain('Mean: 3.5 of 5')
    expect(html).toContain('4 participants answered')
  })
})
