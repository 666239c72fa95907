import { renderMarkdown } from '../../lib/handouts/markdown'

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Plain text of Markdown as the handouts render it, one entry per line, list item or table cell. */
export function plainSegments(markdown: string): string[] {
  return renderMarkdown(markdown)
    .replace(/<\/(p|li|td|th|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, '\'')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map(normalise)
    .filter(Boolean)
}

/**
 * Distinctive phrases of a text block: the first six words of each segment long enough to be
 * unlikely anywhere else. Short phrases survive PDF line wrapping once whitespace is normalised.
 */
export function probes(markdown: string): string[] {
  return plainSegments(markdown)
    .map(segment => segment.split(' '))
    .filter(words => words.length >= 6)
    .map(words => words.slice(0, 6).join(' '))
}
