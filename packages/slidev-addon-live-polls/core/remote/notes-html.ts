/**
 * A slide's presenter notes as the phone remote shows them: the deck author's Markdown rendered to
 * HTML on the server, once per start, by the addon's Markdown renderer (markdown-it with raw HTML
 * escaped, node/markdown.ts), so the remote's script stays small and draws no Markdown
 * markers. The "Planned: N min" line a deck's preparser may put first (withPlannedTime) is left out: the
 * remote shows the planned minutes beside the slide number.
 */
import type { TimedFrontmatter } from '../timing.ts'
import { renderMarkdown } from '../../node/markdown.ts'
import { withPlannedTime } from '../timing.ts'

export function notesHtml(note: string, frontmatter: TimedFrontmatter): string {
  const planned = withPlannedTime('', frontmatter)
  let body = note.trim()
  if (body.startsWith(planned))
    body = body.slice(planned.length).trim()
  return body ? renderMarkdown(body) : ''
}
