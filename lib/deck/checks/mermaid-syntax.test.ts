import { describe, expect, it } from 'vitest'
import { readDeck } from '../read-deck'
import { checkMermaidSyntax } from './mermaid-syntax'

describe('checkMermaidSyntax', () => {
  it('reports Mermaid\'s parse error at the broken line of the file', async () => {
    const problems = await checkMermaidSyntax(await readDeck('tests/fixtures/broken-deck/slides.md'))
    // The fence is on line 7; Mermaid fails on the diagram's line 5, "B -->> C[", which is line 12.
    expect(problems).toEqual([expect.objectContaining({ file: 'tests/fixtures/broken-deck/pages/broken.md', line: 12, slide: 2 })])
    expect(problems[0]!.message).toMatch(/^Mermaid: Parse error on line 5/)
  }, 60_000)

  it('passes a deck whose diagrams all parse', async () => {
    expect(await checkMermaidSyntax(await readDeck('tests/fixtures/reference-deck/slides.md'))).toEqual([])
  }, 60_000)
})
