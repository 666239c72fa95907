/**
 * A slide's name on paper, from what the slide declares: its heading, else its poll's question,
 * else the agenda part it opens (a section divider), else its layout. Never "(untitled)".
 */
import type { DeckSlide } from './deck-source'

export function slideName(slide: Pick<DeckSlide, 'title' | 'frontmatter' | 'number'>): string {
  if (slide.title.trim())
    return slide.title.trim()
  const { poll, part, layout } = slide.frontmatter as { poll?: { question?: unknown }, part?: unknown, layout?: unknown }
  if (typeof poll?.question === 'string')
    return poll.question
  if (typeof part === 'string')
    return layout === 'section' ? `Section: ${part}` : part
  return typeof layout === 'string' ? `Slide ${slide.number} (${layout})` : `Slide ${slide.number}`
}
