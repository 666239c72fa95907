import type { CardSet } from '../cards/schema'
import type { FactRegistry } from '../facts/registry'
import { SET_MARKS } from '../cards/set-marks'
import { renderCardSheets, sheetsOf } from './cards-html'
import { renderHtmlDocument } from './html-document'
import { escapeHtml } from './markdown'

/** The first page: each set with its band colour and shape, to sort the cut cards back into sets. */
function setKey(cards: readonly CardSet[]): string {
  return `<table class="card-key"><caption>The sets, by the band across the top of each card</caption>
<thead><tr><th scope="col">Set</th><th scope="col" class="num">Cards</th><th scope="col" class="num">Sheets</th><th scope="col">What it is for</th></tr></thead>
<tbody>${cards.map(set => `<tr><th scope="row"><span class="card-key-band" style="--set: ${SET_MARKS[set.kind].colour}"><span class="set-shape shape-${SET_MARKS[set.kind].shape}" aria-hidden="true"></span>${escapeHtml(set.title)}</span></th><td class="num">${set.cards.length}</td><td class="num">${sheetsOf(set)}</td><td>${escapeHtml(set.intro)}</td></tr>`).join('')}</tbody></table>`
}

/** Every card set as cut-out sheets: one document to print and cut before the workshop. */
export function renderCardsDocument(title: string, cards: readonly CardSet[], facts: FactRegistry, css: string): string {
  return renderHtmlDocument({
    audience: 'cards',
    title,
    subtitle: 'Cards to cut out',
    intro: `${cards.reduce((n, set) => n + set.cards.length, 0)} cards in ${cards.length} sets. Print one copy of each set per group, then cut along the dashed lines; the band across each card says which set it belongs to.`,
    cover: setKey(cards),
    sections: cards.map(set => ({ id: `cards-${set.id}`, title: set.title, html: renderCardSheets(set, facts) })),
  }, css)
}
