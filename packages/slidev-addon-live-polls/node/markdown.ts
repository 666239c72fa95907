/**
 * A deck author's Markdown (presenter notes) as HTML for the phone remote: markdown-it with raw
 * HTML escaped, never rendered, and the same typography Slidev gives the slides.
 */
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: false, linkify: true, typographer: true, quotes: '""\'\'' })

export function renderMarkdown(markdown: string): string {
  return md.render(markdown)
}
