import type { DeckSlide, DeckSource } from './deck-source.ts'
import { pollSchema } from 'slidev-addon-live-polls/core/polls/schema.ts'
import { describe, expect, it } from 'vitest'
import { buildAgenda } from '../agenda.ts'
import { runSheetRows, shorten } from './run-sheet.ts'

function slide(number: number, title: string, frontmatter: Record<string, unknown>, note = ''): DeckSlide {
  return { number, title, frontmatter, content: '', note, file: `pages/${number}.md`, line: 1, minutes: Number(frontmatter.minutes ?? 0), kind: (frontmatter.kind as DeckSlide['kind']) ?? 'talk' }
}

describe('run sheet', () => {
  it('shortens a note to whole sentences, or at a word with an ellipsis', () => {
    expect(shorten('One. Two three.', 20)).toBe('One. Two three.')
    expect(shorten('First sentence here. Second one is long enough to cut.', 30)).toBe('First sentence here.')
    expect(shorten('A very long sentence without any stop that goes on', 20)).toBe('A very long…')
  })

  it('gives each agenda part its time, slides, what to do and say, from the declarations', () => {
    const slides = [
      slide(1, 'Welcome', { minutes: 2, part: 'Welcome' }, 'Welcome the group. Then more.'),
      slide(2, '', { minutes: 0, part: 'Polls', layout: 'section' }, 'Divider.'),
      slide(3, 'Where you stand', { minutes: 3, kind: 'poll' }, '- Give the room a minute to join.'),
    ]
    const deck: DeckSource = { title: 'T', info: '', workshopMinutes: 10, slides, agenda: buildAgenda(slides.map(s => s.frontmatter), 5) }
    const polls = [{ slide: 3, file: 'pages/3.md', line: 1, minutes: 3, poll: pollSchema.parse({ id: 'q', kind: 'quiz', question: 'Which?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], correct: 'a', rounds: 2 }) }]
    const rows = runSheetRows(deck, [], polls, [])
    expect(rows.map(row => [row.startsAt, row.minutes, row.part, row.slides])).toEqual([[0, 2, 'Welcome', [1, 1]], [2, 3, 'Polls', [2, 3]]])
    expect(rows[0]!.doing).toEqual(['Talk: Welcome'])
    expect(rows[0]!.say).toBe('Welcome the group. Then more.')
    expect(rows[1]!.doing).toEqual(['Quiz on slide 3: two rounds'])
    expect(rows[1]!.say).toBe('Give the room a minute to join.')
    expect(rows[1]!.materials).toEqual(['Phones'])
  })
})
