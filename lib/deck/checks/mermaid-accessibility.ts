import type { DeckCheck, DeckProblem } from '../types'
import { accessibility } from '../mermaid-blocks'

/** Every diagram names itself for screen readers: Mermaid turns these into the SVG's <title> and <desc>. */
export const checkMermaidAccessibility: DeckCheck = (deck) => {
  const problems: DeckProblem[] = []
  for (const slide of deck.slides) {
    for (const block of slide.mermaid) {
      const { title, description } = accessibility(block.code)
      const missing = [title ? '' : 'accTitle', description ? '' : 'accDescr'].filter(Boolean)
      if (missing.length)
        problems.push({ file: slide.file, line: block.line, slide: slide.no, message: `Mermaid: ${block.type || 'diagram'} without ${missing.join(' and ')}` })
    }
  }
  return problems
}
