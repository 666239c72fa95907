import type { Deck, DeckSlide } from '../types'
import { describe, expect, it } from 'vitest'
import { readDeck } from '../read-deck'
import { checkFrontmatter } from './frontmatter'
import { checkMermaidAccessibility } from './mermaid-accessibility'
import { checkMinutes } from './minutes'
import { checkNotes, hasTalkingPoints } from './notes'

// A deck with one mistake of each kind, at known lines (see the fixture's files).
const broken = () => readDeck('tests/fixtures/broken-deck/slides.md')
const FILE = 'tests/fixtures/broken-deck/pages/broken.md'

function deckOf(slides: Partial<DeckSlide>[], workshopMinutes: unknown = 10, bufferMinutes = 5): Deck {
  return {
    root: '/deck',
    entry: 'slides.md',
    headmatter: { workshopMinutes, livePolls: { bufferMinutes } },
    loadErrors: [],
    slides: slides.map((slide, i) => ({ no: i + 1, file: 'slides.md', line: 1, frontmatter: {}, fieldLines: {}, title: '', content: '', note: 'talk', mermaid: [], ...slide })),
  }
}

describe('checkFrontmatter', () => {
  it('names the file, line and slide of YAML that does not parse', async () => {
    const problems = checkFrontmatter(await broken())
    // Line 20 opens the `[` that never closes (YAML notices it on line 21).
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 20, slide: 3 })])
    expect((problems as { message: string }[])[0]!.message).toMatch(/^Frontmatter: Flow sequence.*: close the `\[` list/)
  })
})

describe('checkMinutes', () => {
  it('flags a slide without minutes and one whose minutes are not a number', async () => {
    const problems = await checkMinutes(await broken())
    expect(problems).toEqual([
      // At the `minutes:` line itself, not the slide's separator.
      expect.objectContaining({ file: FILE, line: 20, slide: 3, message: expect.stringContaining('[3]') }),
      expect.objectContaining({ file: FILE, line: 29, slide: 4, message: expect.stringContaining('no `minutes:`') }),
    ])
  })

  it('says how far the total is from workshopMinutes less the buffer', () => {
    const deck = deckOf([{ frontmatter: { minutes: 4 } }, { frontmatter: { minutes: 3 } }])
    // workshopMinutes 10 with the 5-minute buffer leaves 5 minutes to plan on slides.
    expect(checkMinutes(deck)).toEqual([expect.objectContaining({ file: 'slides.md', line: 1, message: expect.stringContaining('add up to 7, not workshopMinutes 10 less the 5-minute buffer (cut 2 min)') })])
    expect(checkMinutes(deckOf([{ frontmatter: { minutes: 4 } }, { frontmatter: { minutes: 1 } }]))).toEqual([])
    // Without a buffer the slides fill the whole workshop.
    expect(checkMinutes(deckOf([{ frontmatter: { minutes: 4 } }, { frontmatter: { minutes: 3 } }], 10, 0))).toEqual([expect.objectContaining({ message: expect.stringContaining('(add 3 min)') })])
  })

  it('needs workshopMinutes in the headmatter', () => {
    expect(checkMinutes(deckOf([{ frontmatter: { minutes: 4 } }], undefined))).toEqual([expect.objectContaining({ message: expect.stringContaining('workshopMinutes') })])
  })
})

describe('checkNotes', () => {
  it('flags slides with no notes or only the planned-time line', async () => {
    const problems = await checkNotes(await broken())
    expect(problems.map(p => [p.file, p.line, p.slide])).toEqual([[FILE, 29, 4], [FILE, 40, 5]])
  })

  it('counts anything beyond the planned line as talking points', () => {
    expect(hasTalkingPoints('**Planned: 2 min**\n\nAsk the room first.')).toBe(true)
    expect(hasTalkingPoints('Planned: 2 min')).toBe(false)
    expect(hasTalkingPoints('   ')).toBe(false)
  })
})

describe('checkMermaidAccessibility', () => {
  it('points at the fence of a diagram without accTitle and accDescr', async () => {
    const problems = await checkMermaidAccessibility(await broken())
    expect(problems).toEqual([{ file: FILE, line: 35, slide: 4, message: 'Mermaid: flowchart without accTitle and accDescr' }])
  })
})
