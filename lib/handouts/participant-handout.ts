import type { CardSet } from '../cards/schema'
import type { Exercise } from '../exercises/exercise'
import type { DeckSource } from './deck-source'
import type { HandoutDocument, HandoutSection } from './html-document'
import { renderAgenda } from './agenda-html'
import { renderGlossary } from './cards-html'
import { renderComparison, renderSpectrum } from './content-html'
import { exerciseHeading, renderParticipantExercise } from './exercise-html'
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

/** The participant handout: objectives, agenda, reference pages, glossary and exercises. No solutions, no facilitator notes. */
export function participantHandout(deck: DeckSource, exercises: readonly Exercise[], cards: readonly CardSet[], options: ParticipantOptions = {}): HandoutDocument {
  const diagrams = renderDeckDiagrams(deck)
  const glossary = cards.find(set => set.kind === 'term')
  const sections: HandoutSection[] = [
    { id: 'objectives', title: 'What you will be able to do', html: `<p>By the end of the workshop:</p>${renderObjectives({ checks: false })}<p>The exit ticket on the last page asks one question per objective.</p>` },
    { id: 'agenda', title: 'Agenda', html: renderAgenda(deck.agenda, { start: options.start }) },
    { id: 'spectrum', title: 'The openness spectrum', html: `<p>"Open" is not one thing. Place the models of exercise 1 in the right-hand column.</p>${renderSpectrum({ placements: false })}` },
    { id: 'comparison', title: 'Open and closed, side by side', html: renderComparison() },
    ...(diagrams ? [{ id: 'diagrams', title: 'Diagrams from the slides', html: diagrams }] : []),
    ...(glossary ? [{ id: 'glossary', title: glossary.title, html: renderGlossary(glossary) }] : []),
    ...exercises.map(exercise => ({
      id: `exercise-${exercise.id}`,
      title: exerciseHeading(exercise),
      html: renderParticipantExercise(exercise),
    })),
  ]
  return {
    audience: 'participant',
    title: deck.title,
    subtitle: 'Participant handout',
    intro: deck.info,
    cover: options.joinUrl ? renderJoin(options.joinUrl) : undefined,
    sections,
  }
}
