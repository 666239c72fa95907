import type { Exercise } from '../exercises/exercise'
import type { DeckPoll } from '../polls/load-from-deck'
import type { DeckSlide, DeckSource } from './deck-source'
import type { HandoutDocument } from './html-document'
import type { PollResults } from './polls-html'
import { renderAgenda } from './agenda-html'
import { renderComparison, renderSpectrum } from './content-html'
import { exerciseHeading, renderFacilitatorExercise } from './exercise-html'
import { escapeHtml, mermaidFigures, renderMarkdown } from './markdown'
import { renderPolls } from './polls-html'

function slideEntry(slide: DeckSlide, exercise: Exercise | undefined, poll: DeckPoll | undefined): string {
  const part = typeof slide.frontmatter.part === 'string'
    ? ` · starts “${escapeHtml(slide.frontmatter.part)}”`
    : ''
  const talkingPoints = exercise
    ? `<p>Exercise slide: see <a href="#exercise-${exercise.id}">${escapeHtml(exerciseHeading(exercise))}</a> for the notes and sample answer.</p>`
    : slide.note
      ? renderMarkdown(slide.note)
      : '<p class="no-notes">No talking points.</p>'
  const pollLine = poll
    ? `<p>Poll: <a href="#poll-${poll.poll.id}">${escapeHtml(poll.poll.question)}</a></p>`
    : ''
  return `<article class="slide-notes" data-slide="${slide.number}">
<h3>Slide ${slide.number}: ${escapeHtml(slide.title || '(untitled)')}</h3>
<p class="slide-meta">${slide.minutes} min · ${slide.kind}${part}</p>
${exercise
  ? ''
  : mermaidFigures(slide.content).join('\n')}
${pollLine}
${talkingPoints}
</article>`
}

/** The facilitator guide: agenda with minutes, every exercise with its answer, slide-by-slide talking points, polls. */
export function facilitatorGuide(deck: DeckSource, exercises: readonly Exercise[], polls: readonly DeckPoll[], results?: PollResults): HandoutDocument {
  const exerciseByFile = new Map(exercises.map(exercise => [exercise.file, exercise]))
  const pollBySlide = new Map(polls.map(poll => [poll.slide, poll]))
  const slides = deck.slides.map(slide => slideEntry(slide, exerciseByFile.get(slide.file), pollBySlide.get(slide.number))).join('\n')
  return {
    audience: 'facilitator',
    title: deck.title,
    subtitle: 'Facilitator guide',
    intro: `${deck.agenda.totalMinutes} minutes, ${deck.slides.length} slides, ${exercises.length} exercises, ${polls.length} polls.`,
    sections: [
      {
        id: 'agenda',
        title: 'Agenda',
        html: renderAgenda(deck.agenda, { slides: true }),
      },
      ...exercises.map(exercise => ({
        id: `exercise-${exercise.id}`,
        title: exerciseHeading(exercise),
        html: renderFacilitatorExercise(exercise),
      })),
      { id: 'slides', title: 'Slide by slide', html: slides },
      {
        id: 'polls',
        title: 'Polls',
        html: renderPolls(polls, results),
      },
      { id: 'reference', title: 'Reference: spectrum and comparison', html: `${renderSpectrum({ placements: true })}\n${renderComparison()}` },
    ],
  }
}
