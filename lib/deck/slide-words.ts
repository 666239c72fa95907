/**
 * How many words a slide puts in front of the room, counted from its source as the preparser
 * expands it: the prose, the headings, the text inside HTML cards and Mermaid diagrams' labels, and
 * a poll's question and options. Not counted: tables (Markdown tables and the components that draw
 * one: the spectrum, the comparison, the agenda, a card set's grid), presenter notes, styles, and
 * the layout's own chrome (join banner, countdown).
 */
import type { DeckSlide } from './types'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,:;%$-]*/gu

export function countWords(text: string): number {
  return (text.match(WORD) ?? []).filter(word => /[\p{L}\p{N}]/u.test(word)).length
}

// Mermaid lines that carry no visible words, and the syntax around the words of the others.
const MERMAID_SILENT = /^\s*(?:acc(?:Title|Descr)\b|classDef\b|class\b|style\b|linkStyle\b|%%|(?:flowchart|graph|sequenceDiagram|timeline|mindmap)\b)/
function mermaidText(code: string): string {
  const lines = code.split('\n').filter(line => !MERMAID_SILENT.test(line))
  // Node ids (the word right before a shape's bracket) are not shown; their labels are.
  const ids = new Set(lines.flatMap(line => [...line.matchAll(/(?<![\w"])([A-Z]\w*)(?=\s*[[({])/gi)].map(match => match[1]!)))
  const id = ids.size ? new RegExp(`(?<![\\w"'])(?:${[...ids].join('|')})(?![\\w"'])(?![^[({]*[\\])}])`, 'g') : undefined
  return lines
    .map(line => line.replace(/^\s*participant\s+\w+\s+as\s+/, ''))
    .map(line => id ? line.replace(id, ' ') : line)
    .map(line => line
      .replace(/<br\s*\/?>|<\/?b>/g, ' ')
      .replace(/[<>-]*[-=.]{2,}[>ox]*|-\)/g, ' ')
      .replace(/[[\](){}|"]/g, ' '))
    .join('\n')
}

/** The lines outside code fences, and the visible text of each Mermaid fence (other code shows no prose). */
function splitFences(text: string): { prose: string, diagrams: string[] } {
  const prose: string[] = []
  const diagrams: string[] = []
  let fence: { marker: string, mermaid: boolean, lines: string[] } | undefined
  for (const line of text.split('\n')) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line)
    if (!fence && open) {
      fence = { marker: open[1]!, mermaid: line.slice(open[0].length).trim().startsWith('mermaid'), lines: [] }
      continue
    }
    if (fence && line.trim().startsWith(fence.marker) && line.trim().replaceAll(fence.marker[0]!, '') === '') {
      if (fence.mermaid)
        diagrams.push(mermaidText(fence.lines.join('\n')))
      fence = undefined
      continue
    }
    if (fence)
      fence.lines.push(line)
    else
      prose.push(line)
  }
  return { prose: prose.join('\n'), diagrams }
}

/** The visible prose of a slide's Markdown (no tables, notes, code or component tags). */
export function slideProse(markdown: string): string {
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
  const { prose: outside, diagrams } = splitFences(text)
  const prose = outside.split('\n')
    .filter(line => !line.trim().startsWith('|'))
    .filter(line => !/^\s*::[\w-]*(?:::)?\s*$/.test(line))
    .map(line => line.replace(/^\s*(?:\d+[.)]|[-*+])\s+/, ''))
    .join('\n')
    .replace(/<[A-Z][\w-]*(?:\s[^>]*)?\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>]/g, ' ')
  return [prose, ...diagrams].join('\n')
}

interface PollLike {
  question?: unknown
  options?: { label?: unknown }[]
}

/** Words of a slide: its prose, plus a poll's question and option labels. */
export function slideWordCount(slide: Pick<DeckSlide, 'content' | 'frontmatter'>): number {
  const poll = slide.frontmatter.poll as PollLike | undefined
  const pollText = poll ? [poll.question, ...(poll.options ?? []).map(option => option.label)].filter(t => typeof t === 'string').join(' ') : ''
  return countWords(slideProse(slide.content)) + countWords(pollText)
}
