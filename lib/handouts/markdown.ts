/**
 * Markdown to HTML for the handouts. The same Markdown Slidev renders on the slides; raw HTML is
 * escaped (slide components make no sense on paper) and ```mermaid fences become diagrams that the
 * PDF step renders in Chromium with the deck's Mermaid options.
 */
import MarkdownIt from 'markdown-it'
import { escapeHtml } from 'slidev-addon-live-polls/core/html.ts'

// Typographer and quotes as Slidev sets them (straight quotes, curly apostrophes), so the handout
// prints exactly the characters the slide shows.
const md = new MarkdownIt({
  html: false,
  linkify: true,
  typographer: true,
  quotes: '""\'\'',
})

const defaultFence = md.renderer.rules.fence!
md.renderer.rules.fence = (tokens, index, options, env, self) => {
  const token = tokens[index]
  const [language, ...rest] = token.info.trim().split(/\s+/)
  if (language === 'mermaid')
    return mermaidFigure(token.content, rest.join(' '))
  return defaultFence(tokens, index, options, env, self)
}

export function renderMarkdown(markdown: string): string {
  return md.render(markdown)
}

export { escapeHtml }

/** `{theme: 'neutral', scale: 0.8}` after the fence's language: only the theme matters on paper. */
function mermaidTheme(options: string): string | undefined {
  return /theme\s*:\s*['"]([\w-]+)['"]/.exec(options)?.[1]
}

function mermaidFigure(code: string, options: string): string {
  const theme = mermaidTheme(options)
  const title = /^\s*accTitle\s*:(.+)$/m.exec(code)?.[1]?.trim()
  return `<figure class="diagram"${title
    ? ` aria-label="${escapeHtml(title)}"`
    : ''}><pre class="mermaid"${theme
    ? ` data-theme="${theme}"`
    : ''}>${escapeHtml(code)}</pre></figure>\n`
}

/** The ```mermaid fences of a slide's Markdown, rendered as figures, in order. */
export function mermaidFigures(markdown: string): string[] {
  const figures: string[] = []
  const fence = /^```mermaid([^\n]*)\n([\s\S]*?)^```\s*$/gm
  for (const match of markdown.matchAll(fence))
    figures.push(mermaidFigure(match[2], match[1]))
  return figures
}
