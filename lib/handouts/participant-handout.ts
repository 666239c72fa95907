import type { Exercise } from '../exercises/exercise'
import type { DeckSource } from './deck-source'
import type { HandoutDocument, HandoutSection } from './html-document'
import { renderAgenda } from './agenda-html'
import { renderComparison, renderSpectrum } from './content-html'
import { exerciseHeading, renderParticipantExercise } from './exercise-html'
import { mermaidFigures } from './markdown'

/** Every Mermaid diagram of the deck, captioned with its slide, for reference on paper. */
export function renderDeckDiagrams(deck: DeckSource): string {
  return deck.slides.flatMap(slide => mermaidFigures(slide.content).map(figure =>
    figure.replace('</figure>', `<figcaption>Slide ${slide.number}: ${slide.title}</figcaption></figure>`),
  )).join('\n')
}

/** The participant handout: agenda, reference pages and exercises. No solutions, no facilitator notes. */
export function participantHandout(deck: DeckSource, exercises: readonly Exercise[]): HandoutDocument {
  const diagrams = renderDeckDiagrams(deck)
  const sections: HandoutSection[] = [
    {
      id: 'agenda',
      title: 'Agenda',
      html: renderAgenda(deck.agenda),
    },
    { id: 'spectrum', title: 'The openness spectrum', html: `<p>"Open" is not one thing. Place the models of exercise 1 in the right-hand column.</p>${renderSpectrum({ placements: false })}` },
    {
      id: 'comparison',
      title: 'Open and closed, side by side',
      html: renderComparison(),
    },
    ...(diagrams
      ? [
          { id: 'diagrams', title: 'Diagrams from the slides', html: diagrams },
        ]
      : []),
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
    sections,
  }
}
