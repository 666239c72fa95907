import type { CardSet } from '../cards/schema'
import type { FactRegistry } from '../facts/registry'
import { renderCardSheets } from './cards-html'
import { renderHtmlDocument } from './html-document'

/** Every card set as cut-out sheets: one document to print and cut before the workshop. */
export function renderCardsDocument(title: string, cards: readonly CardSet[], facts: FactRegistry, css: string): string {
  return renderHtmlDocument({
    audience: 'cards',
    title,
    subtitle: 'Cards to cut out',
    intro: `${cards.reduce((n, set) => n + set.cards.length, 0)} cards in ${cards.length} sets. Print one copy of each set per group, then cut along the dashed lines.`,
    sections: cards.map(set => ({ id: `cards-${set.id}`, title: set.title, html: renderCardSheets(set, facts) })),
  }, css)
}
