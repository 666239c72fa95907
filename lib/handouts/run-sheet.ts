import type { DeckPoll } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
/**
 * The run sheet: one printed page to keep beside the laptop, one row per agenda part with its
 * clock time, its slides, what to do (polls, exercises, talk), what to say (the exercise's "Say
 * aloud" line, else the opening sentence of the part's notes) and the materials to hand out.
 * Every cell is derived from the deck's declarations (minutes, parts, polls, exercises and their
 * materials and cards, notes): nothing is written for the run sheet alone.
 */
import type { CardSet } from '../cards/schema'
import type { Exercise } from '../exercises/exercise'
import type { DeckSlide, DeckSource } from './deck-source'
import { groupLabel } from '../exercises/group-label'
import { materialCardSet } from '../exercises/schema'
import { formatClock } from './clock'
import { escapeHtml } from './markdown'
import { slideName } from './slide-name'

export interface RunSheetRow {
  /** Minutes from the start. */
  startsAt: number
  minutes: number
  part: string
  slides: [number, number]
  doing: string[]
  say: string
  materials: string[]
}

/** The id after the run sheet's table: the build measures its page against the section's. */
export const RUN_SHEET_END = 'run-sheet-end'

/** How long a "say" line and a talk's slide names may be: about three lines of their column. */
const SAY_CHARS = 115
const TALK_CHARS = 90

const POLL_KINDS: Record<DeckPoll['poll']['kind'], string> = {
  single: 'Poll',
  multiple: 'Poll',
  quiz: 'Quiz',
  scale: 'Scale poll',
  wordcloud: 'Word cloud',
}

/** Notes as plain sentences: no Markdown marks, list markers or line breaks. */
function plain(markdown: string): string {
  return markdown
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The start of a text, cut after a sentence or at a word, within `max` characters. */
export function shorten(text: string, max = SAY_CHARS): string {
  if (text.length <= max)
    return text
  const sentences = text.match(/[^.!?]+[.!?]+["”]?(?:\s|$)/g) ?? []
  let kept = ''
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > max)
      break
    kept += sentence
  }
  if (kept.trim())
    return kept.trim()
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`
}

/** What to say: an exercise's "Say aloud" words, else the first timed slide's opening sentence. */
function sayFor(slides: readonly DeckSlide[], exercise: Exercise | undefined): string {
  const notes = exercise ? exercise.notes : slides.filter(slide => slide.minutes > 0).map(slide => slide.note)
  const aloud = notes.map(note => /Say aloud:\s*"([^"]+)"/.exec(note)?.[1]).find(Boolean)
  if (aloud)
    return `“${shorten(aloud, SAY_CHARS - 2)}”`
  const first = notes.map(plain).find(Boolean)
  return first ? shorten(first) : ''
}

export function runSheetRows(deck: DeckSource, exercises: readonly Exercise[], polls: readonly DeckPoll[], cards: readonly CardSet[]): RunSheetRow[] {
  const pollBySlide = new Map(polls.map(poll => [poll.slide, poll]))
  const exerciseByFile = new Map(exercises.map(exercise => [exercise.file, exercise]))
  return deck.agenda.parts.map((part) => {
    const slides = part.slides.map(number => deck.slides[number - 1]!)
    const exercise = slides.map(slide => exerciseByFile.get(slide.file)).find(Boolean)
    const doing: string[] = []
    const materials: string[] = []
    const talk: string[] = []
    for (const slide of slides) {
      const poll = pollBySlide.get(slide.number)
      if (poll) {
        doing.push(`${POLL_KINDS[poll.poll.kind]} on slide ${slide.number}${'rounds' in poll.poll && poll.poll.rounds === 2 ? ': two rounds' : ''}${poll.poll.compareWith ? ': vs the start' : ''}`)
        continue
      }
      if (slide.minutes > 0 && !exerciseByFile.has(slide.file) && slide.frontmatter.layout !== 'section')
        talk.push(slideName(slide))
    }
    if (talk.length)
      doing.unshift(shorten(`Talk: ${talk.join('; ')}`, TALK_CHARS))
    if (exercise) {
      const countdown = typeof exercise.countdown === 'number' ? exercise.countdown : exercise.minutes
      doing.push(`Exercise ${exercise.number}: ${groupLabel(exercise.groupSize).toLowerCase()}, ${countdown}-min countdown${exercise.totalMinutes > exercise.minutes ? `, ${exercise.totalMinutes - exercise.minutes}-min debrief` : ''}`)
      for (const material of exercise.materials) {
        const id = materialCardSet(material)
        const set = id ? cards.find(s => s.id === id) : undefined
        // A material's aside in brackets is for the guide; the run sheet names the thing.
        materials.push(set ? `${set.title} cards` : id ? `Card set "${id}"` : String(material).replace(/\s*\([^)]*\)/g, ''))
      }
    }
    if (slides.some(slide => pollBySlide.has(slide.number)))
      materials.push('Phones')
    return {
      startsAt: part.startsAt,
      minutes: part.minutes,
      part: part.title,
      slides: [part.slides[0]!, part.slides.at(-1)!],
      doing,
      say: sayFor(slides, exercise),
      materials,
    }
  })
}

/** The run sheet table; `start` gives real clock times (`--start 14:00`). */
export function renderRunSheet(rows: readonly RunSheetRow[], start?: number): string {
  const body = rows.map(row => `<tr data-part="${escapeHtml(row.part)}">
<td class="run-time"><strong>${formatClock(row.startsAt, start)}</strong><span>${row.minutes} min</span></td>
<th scope="row" class="run-part">${escapeHtml(row.part)}<span>${row.slides[0] === row.slides[1] ? `slide ${row.slides[0]}` : `slides ${row.slides[0]}–${row.slides[1]}`}</span></th>
<td class="run-do">${row.doing.map(item => `<span>${escapeHtml(item)}</span>`).join('')}</td>
<td class="run-say">${escapeHtml(row.say)}</td>
<td class="run-materials">${row.materials.map(item => `<span>${escapeHtml(item)}</span>`).join('') || '<span class="muted">–</span>'}</td>
</tr>`).join('\n')
  return `<table class="run-sheet">
<thead><tr><th scope="col">Time</th><th scope="col">Part</th><th scope="col">Do</th><th scope="col">Say</th><th scope="col">Materials</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<div id="${RUN_SHEET_END}"></div>`
}
