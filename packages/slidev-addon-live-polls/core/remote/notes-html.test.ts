import { describe, expect, it } from 'vitest'
import { withPlannedTime } from '../timing.ts'
import { notesHtml } from './notes-html.ts'

describe('notesHtml', () => {
  it('renders the notes\' Markdown, with no Markdown markers left', () => {
    const html = notesHtml('- Ask the room **first**.\n- Then `reveal`.', { minutes: 2 })
    expect(html).toContain('<li>Ask the room <strong>first</strong>.</li>')
    expect(html).toContain('<code>reveal</code>')
    expect(html).not.toMatch(/\*\*|^- /m)
  })

  it('escapes raw HTML instead of passing it through', () => {
    expect(notesHtml('<img src=x onerror=alert(1)> and <script>x()</script>', { minutes: 1 })).not.toMatch(/<img|<script/)
  })

  it('leaves out the planned-time line the preparser adds, so "Planned" is not said twice', () => {
    const note = withPlannedTime('Welcome the group.', { minutes: 3 })
    expect(note).toMatch(/Planned/)
    expect(notesHtml(note, { minutes: 3 })).toBe('<p>Welcome the group.</p>\n')
    expect(notesHtml(withPlannedTime('', { minutes: 3 }), { minutes: 3 })).toBe('')
  })
})
