import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPollsFromDeck } from '../../node/deck-source.ts'
import { FIXTURE_ROOT } from '../../test/fixture-deck.ts'
import { PollDeclarationError } from './load-from-deck.ts'
import { pollSchema } from './schema.ts'

const options = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]

describe('pollSchema', () => {
  it('fills defaults: hidden results, five scale labels, one short word', () => {
    expect(pollSchema.parse({ id: 'x', kind: 'scale', question: 'Q' })).toMatchObject({ results: 'hidden', labels: { length: 5 } })
    expect(pollSchema.parse({ id: 'x', kind: 'wordcloud', question: 'Q' })).toMatchObject({ maxLength: 24, maxEntries: 1 })
  })

  it('refuses what would break a poll mid-workshop', () => {
    const bad = [
      { id: 'Not Kebab', kind: 'single', question: 'Q', options },
      { id: 'x', kind: 'single', question: 'Q', options: [options[0]] },
      { id: 'x', kind: 'single', question: 'Q', options: [options[0], options[0]] },
      { id: 'x', kind: 'multiple', question: 'Q', options, max: 3 },
      { id: 'x', kind: 'quiz', question: 'Q', options, correct: 'c' },
      { id: 'x', kind: 'vote', question: 'Q' },
      { id: 'x', kind: 'single', question: 'Q', options, colour: 'red' },
      { id: 'x', kind: 'single', question: 'Q', options: [{ id: 'a', label: 'A', meaning: 'Not Kebab' }, options[1]] },
    ]
    for (const input of bad)
      expect(pollSchema.safeParse(input).success, JSON.stringify(input)).toBe(false)
  })
})

describe('loadPollsFromDeck', () => {
  function deck(slides: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'deck-'))
    writeFileSync(join(dir, 'poll.md'), slides[1] ?? '')
    writeFileSync(join(dir, 'slides.md'), `${slides[0]}\n---\nsrc: ./poll.md\n---\n`)
    return join(dir, 'slides.md')
  }
  const poll = (id: string, extra = '') => `---\nminutes: 1\npoll:\n  id: ${id}\n  kind: scale\n  question: Agree?\n${extra}---\n\n<Poll />\n`

  it('follows src: includes and reports slide, file and line', async () => {
    const polls = await loadPollsFromDeck(deck([`---\ntitle: T\n---\n\n# One\n`, poll('agree')]))
    expect(polls).toMatchObject([{ slide: 2, file: 'poll.md', line: 1, minutes: 1, poll: { id: 'agree', kind: 'scale' } }])
  })

  it('fails on a duplicate id or an invalid declaration, naming the file and slide', async () => {
    const twice = deck([`---\ntitle: T\n---\n`, `${poll('same')}${poll('same')}`])
    await expect(loadPollsFromDeck(twice)).rejects.toThrow(/poll\.md:\d+ \(slide 3\): duplicate poll id "same"/)
    const invalid = deck([`---\ntitle: T\n---\n`, poll('x', '  results: sometimes\n')])
    await expect(loadPollsFromDeck(invalid)).rejects.toBeInstanceOf(PollDeclarationError)
    await expect(loadPollsFromDeck(invalid)).rejects.toThrow(/slide 2\): results:/)
  })

  it('reads the test deck: one poll of each kind', async () => {
    const polls = await loadPollsFromDeck(`${FIXTURE_ROOT}slides.md`)
    expect(new Set(polls.map(p => p.poll.kind))).toEqual(new Set(['single', 'multiple', 'scale', 'wordcloud', 'quiz']))
    expect(polls.find(p => p.poll.id === 'planet-after')?.poll.compareWith).toBe('planet-before')
  })
})
