import type { MermaidBlock } from './types.ts'

// A fence of three or more backticks or tildes, `mermaid`, then optional Slidev options: ```mermaid {scale: 0.8}
const OPEN = /^\s*(`{3,}|~{3,})\s*mermaid\b(.*)$/
const ACC_LINE = /^\s*acc(?:Title|Descr)\b/

/**
 * The ```mermaid blocks among `lines`, a slide's lines in its file; `firstLine` is the 1-based
 * file line of `lines[0]`, so every block knows where it is.
 */
export function extractMermaidBlocks(lines: readonly string[], firstLine: number): MermaidBlock[] {
  const blocks: MermaidBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!)
    if (!open)
      continue
    const fence = open[1]!
    const body: string[] = []
    let j = i + 1
    // A fence closes on a line of the same character, at least as long, and nothing else.
    while (j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j]!)) {
      body.push(lines[j]!)
      j++
    }
    const code = body.join('\n')
    blocks.push({ code, line: firstLine + i, options: open[2]!.trim(), type: diagramType(code) })
    i = j
  }
  return blocks
}

/** The diagram keyword: the first line that is not blank, a comment, front matter or a directive. */
export function diagramType(code: string): string {
  let inFrontmatter = false
  for (const raw of code.split('\n')) {
    const line = raw.trim()
    if (line === '---') {
      inFrontmatter = !inFrontmatter
      continue
    }
    if (inFrontmatter || !line || line.startsWith('%%') || ACC_LINE.test(line))
      continue
    return line.split(/[\s:;]/)[0]!
  }
  return ''
}

/** Whether the diagram declares an accessible title and description (single- or multi-line `accDescr`). */
export function accessibility(code: string): { title: boolean, description: boolean } {
  return {
    title: /^[ \t]*accTitle[ \t]*:[ \t]*\S/m.test(code),
    description: /^[ \t]*accDescr[ \t]*(?::[ \t]*\S|\{)/m.test(code),
  }
}
