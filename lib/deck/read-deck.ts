/**
 * Reads the deck once, with Slidev's own loader (it follows `src:` includes and leaves hidden
 * slides out, as the presentation does). The one reader of the deck source: the checks, the browser
 * tests, the poll loader and the handouts all start from it. Fact references (`@fact(id)`, see
 * lib/facts/expand.ts) are expanded in the content, the notes and the diagrams, as the deck's
 * preparser expands them for the slides.
 *
 *   const deck = await readDeck()            // slides.md in the current folder
 *   deck.slides.length                       // the number of slides the built deck has
 */
import type { Deck, DeckSlide, FrontmatterError } from './types.ts'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { expandContext, expandDeckText } from '../facts/deck-text.ts'
import { frontmatterKeyLines, unclosedFlowLine, yamlHint } from './frontmatter-rules.ts'
import { extractMermaidBlocks } from './mermaid-blocks.ts'

export async function readDeck(entry = 'slides.md', root = '.'): Promise<Deck> {
  const userRoot = resolve(root)
  const entryPath = resolve(userRoot, entry)
  const data = await load({ roots: [userRoot], userRoot }, entryPath)
  const facts = await expandContext(userRoot)
  const expand = (text: string) => expandDeckText(text, facts)
  const fileLines = new Map<string, string[]>()
  const linesOf = (path: string) => {
    let lines = fileLines.get(path)
    if (!lines) {
      lines = readFileSync(path, 'utf8').split(/\r?\n/)
      fileLines.set(path, lines)
    }
    return lines
  }
  const rel = (path: string) => relative(userRoot, path)

  const slides: DeckSlide[] = data.slides.map((slide, index) => {
    const { filepath, start, contentStart, end } = slide.source
    const body = linesOf(filepath).slice(contentStart, end)
    // Lines between the slide's opening `---` and the end of its frontmatter.
    const head = linesOf(filepath).slice(start + 1, contentStart)
    return {
      no: index + 1,
      file: rel(filepath),
      line: start + 1,
      frontmatter: slide.frontmatter ?? {},
      fieldLines: frontmatterKeyLines(head, start + 2),
      title: slide.title ?? '',
      content: expand(slide.content ?? ''),
      note: expand(slide.note ?? ''),
      mermaid: extractMermaidBlocks(body, contentStart + 1).map(block => ({ ...block, code: expand(block.code) })),
    }
  })

  const loadErrors: FrontmatterError[] = []
  for (const [path, md] of Object.entries(data.markdownFiles)) {
    for (const source of md.slides) {
      // YAML.parseDocument keeps going past errors; its positions are relative to the frontmatter,
      // which starts on the line after the slide's `---`.
      for (const error of source.frontmatterDoc?.errors ?? []) {
        const yamlLine = error.linePos?.[0]?.line ?? 1
        const reported = source.start + 1 + yamlLine
        const line = /flow/i.test(error.message)
          ? unclosedFlowLine(linesOf(path).slice(source.start + 1), source.start + 2, reported)
          : reported
        loadErrors.push({ file: rel(path), line, message: withHint(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')) })
      }
    }
    for (const error of (md as { errors?: { row: number, message: string }[] }).errors ?? [])
      loadErrors.push({ file: rel(path), line: error.row + 1, message: error.message })
  }

  return { root: userRoot, entry: rel(entryPath), headmatter: data.headmatter ?? {}, slides, loadErrors }
}

function withHint(message: string): string {
  return `${message}: ${yamlHint(message)}`
}
