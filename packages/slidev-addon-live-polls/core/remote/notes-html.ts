/**
 * A slide's presenter notes as the phone remote shows them: the deck author's Markdown rendered to
 * HTML on the server, once per start, by the kit's one Markdown renderer (markdown-it with raw HTML
 * escaped, lib/handouts/markdown.ts), so the remote's script stays small and draws no Markdown
 * markers. The "Planned: N min" line Slidev's preparser puts first (lib/notes.ts) is left out: the
 * remote shows the planned minutes beside the slide number.
 */
import type { TimedFrontmatter } from '../../../../lib/agenda.ts'
import { renderMarkdown } from '../../../../lib/handouts/markdown.ts'
import { withPlannedTime } from '../../../../lib/notes.ts'

export function notesHtml(note: string, frontmatter: TimedFrontmatter): string {
  const planned = withPlannedTime('', frontmatter)
  let body = note.trim()
  if (body.startsWith(planned))
    body = body.slice(planned.length).trim()
  return body ? renderMarkdown(body) : ''
}
