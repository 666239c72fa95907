import type { Deck, DeckSlide } from '../types'
import { describe, expect, it } from 'vitest'
import { slideWordCount } from '../slide-words'
import { checkQuizBalance } from './quiz-balance'
import { checkWords, WORD_LIMIT } from './words'

function deckOf(slides: Partial<DeckSlide>[]): Deck {
  return {
    root: '/deck',
    entry: 'slides.md',
    headmatter: {},
    loadErrors: [],
    slides: slides.map((slide, i) => ({ no: i + 1, file: 'slides.md', line: 1, frontmatter: {}, fieldLines: {}, title: '', content: '', note: 'talk', mermaid: [], ...slide })),
  }
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

describe('slideWordCount', () => {
  it('counts prose, headings and text in HTML, but not tables, notes, styles, list markers or component tags', () => {
    const content = `# Two words\n\n<div class="card"><h3>Three more here</h3></div>\n\n1. one\n- two\n\n| a | b |\n| --- | --- |\n| ${words(30)} | x |\n\n<OpennessSpectrum placed />\n<style>.a { color: red }</style>\n<!-- ${words(40)} -->`
    expect(slideWordCount({ content, frontmatter: {} })).toBe(7)
  })

  it('counts a diagram\'s labels, not its ids, arrows or accessibility text', () => {
    const content = '```mermaid\nflowchart LR\n  accTitle: A long title here\n  accDescr: A long description here\n  W([Weights<br/>published?]) -->|no| C[Closed]\n  classDef open stroke-width:3px\n```'
    expect(slideWordCount({ content, frontmatter: {} })).toBe(4)
  })

  it('counts a poll\'s question and options', () => {
    expect(slideWordCount({ content: '<Poll />', frontmatter: { poll: { question: 'Is it open?', options: [{ label: 'Yes it is' }, { label: 'No' }] } } })).toBe(7)
  })
})

describe('checkWords', () => {
  it(`fails a slide of ${WORD_LIMIT} words and passes one of ${WORD_LIMIT - 1}`, () => {
    const problems = checkWords(deckOf([{ content: words(WORD_LIMIT), line: 12 }, { content: words(WORD_LIMIT - 1) }]))
    expect(problems).toEqual([{ file: 'slides.md', line: 12, slide: 1, message: expect.stringContaining(`${WORD_LIMIT} words on the slide; keep it under ${WORD_LIMIT}`) }])
  })
})

describe('checkQuizBalance', () => {
  const quiz = (labels: string[]) => ({ frontmatter: { poll: { kind: 'quiz', options: labels.map((label, i) => ({ id: `o${i}`, label })) } }, fieldLines: { poll: 5 } })
  it('fails a quiz whose longest option is more than 1.5 times the shortest, and passes a balanced one', () => {
    expect(checkQuizBalance(deckOf([quiz(['Nothing', 'A copyright policy and a summary of training content'])]))).toEqual([
      expect.objectContaining({ line: 5, slide: 1, message: expect.stringContaining('quiz options run from 7 to 52 characters') }),
    ])
    expect(checkQuizBalance(deckOf([quiz(['Weights only, no code', 'Weights, code and data info'])]))).toEqual([])
  })

  it('leaves other polls alone', () => {
    expect(checkQuizBalance(deckOf([{ frontmatter: { poll: { kind: 'single', options: [{ label: 'a' }, { label: 'a much longer option' }] } } }]))).toEqual([])
  })
})
