import type { LaunchOptions } from 'playwright-core'
import type { DeckCheck, DeckProblem } from '../types'
import { chromiumLaunchOptions } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { openMermaidParser, summariseParseError } from '../mermaid-parser'

// Mermaid 11's grammar for these types has no accTitle/accDescr; they then fail as a second root or node.
const NO_ACC_GRAMMAR = new Set(['mindmap', 'kanban'])

/**
 * Every ```mermaid block parses with the deck's Mermaid, so a class never sees a blank diagram
 * or an error box instead of it. One browser for all blocks: about a second for the whole deck.
 */
export function mermaidSyntaxCheck(launchOptions: () => LaunchOptions = chromiumLaunchOptions): DeckCheck {
  return async (deck) => {
    const blocks = deck.slides.flatMap(slide => slide.mermaid.map(block => ({ slide, block })))
    if (blocks.length === 0)
      return []
    const parser = await openMermaidParser(launchOptions())
    const problems: DeckProblem[] = []
    try {
      for (const { slide, block } of blocks) {
        const result = await parser.parse(block.code)
        if (result.ok)
          continue
        let message = `Mermaid: ${summariseParseError(result.message)}`
        if (NO_ACC_GRAMMAR.has(block.type) && /^\s*acc(?:Title|Descr)/m.test(block.code))
          message += ` (a ${block.type} cannot carry accTitle/accDescr in Mermaid 11: use a diagram type that can)`
        // The fence is block.line; Mermaid counts the diagram's own lines from 1.
        problems.push({ file: slide.file, line: block.line + (result.line ?? 1), slide: slide.no, message })
      }
    }
    finally {
      await parser.close()
    }
    return problems
  }
}

export const checkMermaidSyntax: DeckCheck = mermaidSyntaxCheck()
