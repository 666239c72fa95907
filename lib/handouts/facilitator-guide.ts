import type { DeckPoll } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
import type { Exercise } from '../exercises/exercise'
import type { DeckSlide, DeckSource } from './deck-source'
import type { HandoutDocument, HandoutSection } from './html-document'
import type { HandoutLibrary } from './library'
import type { PollResults } from './polls-html'
import { audienceLine } from '../content/audience'
import { renderAgenda } from './agenda-html'
import { formatClock } from './clock'
import { renderComparison, renderSpectrum } from './content-html'
import { NoteDeduper } from './dedupe-notes'
import { exerciseHeading, renderFacilitatorExercise } from './exercise-html'
import { renderFaq, renderRecheck, renderSources } from './facts-html'
import { escapeHtml, mermaidFigures, renderMarkdown } from './markdown'
import { renderObjectives } from './objectives-html'
import { renderPolls } from './polls-html'
import { renderPreparation } from './preparation-html'
import { renderRunSheet, runSheetRows } from './run-sheet'
import { slideName } from './slide-name'

export interface GuideOptions {
  results?: PollResults
  /** Minutes after midnight the workshop starts at (`--start 14:00`); clock times count from 0:00 without it. */
  start?: number
}

interface Context {
  exerciseByFile: Map<string, Exercise>
  pollBySlide: Map<number, DeckPoll>
  polls: readonly DeckPoll[]
  library: HandoutLibrary
  notes: NoteDeduper
  options: GuideOptions
}

function slideEntry(slide: DeckSlide, startsAt: number, context: Context): string {
  const poll = context.pollBySlide.get(slide.number)
  const talkingPoints = slide.note ? context.notes.take(slide.note) : ''
  return `<article class="slide-notes" data-slide="${slide.number}" data-clock="${formatClock(startsAt, context.options.start)}">
<h3><span class="clock">${formatClock(startsAt, context.options.start)}</span> Slide ${slide.number}: ${escapeHtml(slideName(slide))}</h3>
<p class="slide-meta">${slide.minutes} min · ${poll ? `${poll.poll.kind === 'wordcloud' ? 'word cloud' : poll.poll.kind} poll${'rounds' in poll.poll && poll.poll.rounds === 2 ? ' in two rounds' : ''}` : slide.kind}</p>
${mermaidFigures(slide.content).join('\n')}
${poll ? renderPolls([poll], context.options.results, { inline: true, all: context.polls }) : ''}
${talkingPoints ? renderMarkdown(talkingPoints) : ''}
</article>`
}

/**
 * The facilitator guide: one page of facts to re-check before presenting (most volatile first),
 * the preparation checklist and the objectives, then one section per agenda part in running order
 * with its clock time, each slide's talking points, and the polls and exercises (with their sample
 * answers) where they happen; the FAQ, the reference tables and the sources at the end.
 */
export function facilitatorGuide(deck: DeckSource, exercises: readonly Exercise[], polls: readonly DeckPoll[], library: HandoutLibrary, options: GuideOptions = {}): HandoutDocument {
  const { cards, facts } = library
  const context: Context = {
    exerciseByFile: new Map(exercises.map(exercise => [exercise.file, exercise])),
    pollBySlide: new Map(polls.map(poll => [poll.slide, poll])),
    polls,
    library,
    notes: new NoteDeduper(),
    options,
  }
  const startOfSlide = new Map<number, number>()
  let elapsed = 0
  for (const slide of deck.slides) {
    startOfSlide.set(slide.number, elapsed)
    elapsed += slide.minutes
  }
  const partSections: HandoutSection[] = deck.agenda.parts.map((part, index) => {
    const html = part.slides.map((number) => {
      const slide = deck.slides[number - 1]!
      const exercise = context.exerciseByFile.get(slide.file)
      if (!exercise)
        return slideEntry(slide, startOfSlide.get(number)!, context)
      // An exercise is printed whole at its first slide; its later slides are part of it.
      if (slide.line !== 1)
        return ''
      const notes = exercise.notes.map(note => context.notes.take(note)).filter(Boolean)
      return `<div class="guide-exercise" data-slide="${slide.number}" data-clock="${formatClock(startOfSlide.get(number)!, options.start)}"><h3 id="exercise-${exercise.id}"><span class="clock">${formatClock(startOfSlide.get(number)!, options.start)}</span> ${escapeHtml(exerciseHeading(exercise))}</h3><p class="slide-meta">Slides ${part.slides[0]}–${part.slides.at(-1)}</p>${renderFacilitatorExercise(exercise, cards, facts, notes)}</div>`
    }).join('\n')
    return {
      id: `part-${index + 1}`,
      title: `${formatClock(part.startsAt, options.start)} ${part.title}`,
      html: `<p class="part-meta" data-starts="${formatClock(part.startsAt, options.start)}">${part.minutes} min, slides ${part.slides[0]}–${part.slides.at(-1)}</p>\n${html}`,
    }
  })
  return {
    audience: 'facilitator',
    title: deck.title,
    subtitle: 'Facilitator guide',
    intro: `${deck.agenda.workshopMinutes} minutes (${deck.agenda.totalMinutes} planned, ${deck.agenda.bufferMinutes} buffer), ${deck.slides.length} slides, ${exercises.length} exercises, ${polls.length} polls, in running order. ${audienceLine()}`,
    sections: [
      { id: 'run-sheet', title: 'Run sheet', html: `<p class="run-sheet-intro">${deck.agenda.workshopMinutes} minutes: ${deck.agenda.totalMinutes} planned and ${deck.agenda.bufferMinutes} of buffer to spend where the room needs it. Keep this page beside the laptop.</p>${renderRunSheet(runSheetRows(deck, exercises, polls, cards), options.start)}` },
      { id: 'recheck', title: 'Before you present: re-check these facts', html: renderRecheck(facts) },
      { id: 'preparation', title: 'Preparation checklist', html: renderPreparation(deck, exercises, cards, options.start) },
      { id: 'objectives', title: 'Learning objectives', html: renderObjectives({ checks: true }) },
      { id: 'agenda', title: 'Agenda', html: renderAgenda(deck.agenda, { slides: true, start: options.start }) },
      ...partSections,
      { id: 'faq', title: 'Questions the room asks', html: renderFaq(library.faq, facts) },
      { id: 'reference', title: 'Reference: spectrum and comparison', html: `${renderSpectrum(facts, { placements: true })}\n${renderComparison(facts)}` },
      { id: 'sources', title: 'Sources', html: renderSources(facts) },
    ],
  }
}
