import type { FactRegistry } from '../facts/registry'
import type { CardSet } from './schema'
import { licenceCardView } from './card-facts'

/** One line per card: what a slide shows of each card so the room can find it on the table. */
export interface CardSummary {
  id: string
  title: string
}

export function cardSummaries(set: CardSet, facts: FactRegistry): CardSummary[] {
  switch (set.kind) {
    case 'licence':
      return set.cards.map(card => ({ id: card.id, title: licenceCardView(card, facts)?.release.name ?? card.release }))
    case 'scenario':
      return set.cards.map(card => ({ id: card.id, title: card.title }))
    case 'role':
      return set.cards.map(card => ({ id: card.id, title: card.title }))
    case 'fact':
      return set.cards.map(card => ({ id: card.id, title: card.title }))
    case 'term':
      return set.cards.map(card => ({ id: card.id, title: card.term }))
  }
}
