import type { Deck, DeckCheck, DeckProblem } from '../types'

/** The slide a line of a file belongs to: the last slide of that file starting at or before it. */
export function slideAt(deck: Deck, file: string, line: number): number | undefined {
  let found: number | undefined
  for (const slide of deck.slides) {
    if (slide.file === file && slide.line <= line)
      found = slide.no
  }
  return found
}

/** Frontmatter YAML that does not parse, and `src:` includes that Slidev could not load. */
export const checkFrontmatter: DeckCheck = deck => deck.loadErrors.map((error): DeckProblem => ({
  file: error.file,
  line: error.line,
  slide: slideAt(deck, error.file, error.line),
  message: `Frontmatter: ${error.message}`,
}))
