import { describe, expect, it } from 'vitest'
import { accessibility, diagramType, extractMermaidBlocks } from './mermaid-blocks'

describe('extractMermaidBlocks', () => {
  it('finds each block with its fence line, options and diagram type', () => {
    const lines = [
      '# Title',
      '',
      '```mermaid {scale: 0.8}',
      'flowchart LR',
      '  A --> B',
      '```',
      'text',
      '````mermaid',
      '%% a comment first',
      'quadrantChart',
      '```',
      '````',
    ]
    const blocks = extractMermaidBlocks(lines, 10)
    expect(blocks).toEqual([
      { code: 'flowchart LR\n  A --> B', line: 12, options: '{scale: 0.8}', type: 'flowchart' },
      { code: '%% a comment first\nquadrantChart\n```', line: 17, options: '', type: 'quadrantChart' },
    ])
  })

  it('ignores other code blocks', () => {
    expect(extractMermaidBlocks(['```ts', 'const mermaid = 1', '```'], 1)).toEqual([])
  })
})

describe('diagramType', () => {
  it('skips Mermaid front matter and accessibility lines', () => {
    expect(diagramType('---\ntitle: x\n---\naccTitle: y\ntimeline\n  2024 : a')).toBe('timeline')
    expect(diagramType('sequenceDiagram\n  A->>B: hi')).toBe('sequenceDiagram')
  })
})

describe('accessibility', () => {
  it('accepts single-line and block descriptions', () => {
    expect(accessibility('flowchart LR\n  accTitle: T\n  accDescr: D')).toEqual({ title: true, description: true })
    expect(accessibility('flowchart LR\n  accTitle: T\n  accDescr {\n  long\n  }')).toEqual({ title: true, description: true })
  })

  it('rejects empty or missing ones', () => {
    expect(accessibility('flowchart LR\n  accTitle:\n  A --> B')).toEqual({ title: false, description: false })
  })
})
