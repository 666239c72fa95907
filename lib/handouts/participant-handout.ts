import type { Exercise } from '../exercises/exercise'
import type { DeckSource } from './deck-source'
import type { HandoutDocument, HandoutSection } from './html-document'
import type { HandoutLibrary } from './library'
import { audienceLine } from '../content/audience'
import { renderAgenda } from './agenda-html'
import { renderGlossary } from './cards-html'
import { renderComparison, renderSpectrum } from './content-html'
import { exerciseHeading, renderParticipantExercise } from './exercise-html'
import { renderSources } from './facts-html'
import { renderJoin } from './join-html'
import { mermaidFigures } from './markdown'
import { renderObjectives } from './objectives-html'

/** Every Mermaid diagram of the deck, captioned with its slide, for reference on paper. */
export function renderDeckDiagrams(deck: DeckSource): string {
  return deck.slides.flatMap(slide => mermaidFigures(slide.content).map(figure =>
    figure.replace('</figure>', `<figcaption>Slide ${slide.number}: ${slide.title}</figcaption></figure>`),
  )).join('\n')
}

export interface ParticipantOptions {
  joinUrl?: string
  start?: number
}

/**
 * The participant handout: objectives, agenda, reference pages, glossary, the exercises and every
 * source with its check date. No sample answers and no facilitator notes: those stay in the guide.
 */
export function participantHandout(deck: DeckSource, exercises: readonly Exercise[], library: HandoutLibrary, options: ParticipantOptions = {}): HandoutDocument {
  const diagrams = renderDeckDiagrams(deck)
  const glossary = library.cards.find(set => set.kind === 'term')
  const sections: HandoutSection[] = [
    { id: 'objectives', title: 'What you will be able to do', html: `<p>By the end of the workshop (the exit ticket on the last page asks one question per objective):</p>${renderObjectives({ checks: false })}` },
    { id: 'agenda', title: 'Agenda', html: renderAgenda(deck.agenda, { start: options.start }) },
    { id: 'spectrum', title: 'The openness spectrum', html: `<p>"Open" is not one thing. Place the models of exercise 1 in the right-hand column.</p>${renderSpectrum(library.facts, { placements: false })}` },
    { id: 'comparison', title: 'Open and closed, side by side', html: renderComparison(library.facts) },
    // The glossary runs on under the comparison table, where the page has room for it.
    ...(glossary ? [{ id: 'glossary', title: glossary.title, html: renderGlossary(glossary) }] : []),
    ...(diagrams ? [{ id: 'diagrams', title: 'Diagrams from the slides', html: diagrams }] : []),
    ...exercises.map(exercise => ({
      id: `exercise-${exercise.id}`,
      title: exerciseHeading(exercise),
      html: renderParticipantExercise(exercise),
    })),
    { id: 'sources', title: 'Sources', html: renderSources(library.facts) },
  ]
  return {
    audience: 'participant',
    title: deck.title,
    subtitle: 'Participant handout',
    intro: `${deck.info} ${audienceLine()}`,
    cover: options.joinUrl ? renderJoin(options.joinUrl) : undefined,
    sections,
  }
}
