/**
 * Card sets on paper: cut-out cards, four to a page (two columns, two rows) with dashed cut lines
 * and corner marks, for A4 and Letter alike, at a size a table group reads from across the table
 * (12 pt body); each card carries its set's name and number in a band of the set's colour, with
 * the set's shape, so the sets stay apart once cut. For the facilitator guide, each set's answers
 * (a scenario's choice, a licence's band from the spectrum) as a table.
 */
import type { CardSet } from '../cards/schema'
import type { FactRegistry } from '../facts/registry'
import { factCardFacts, licenceCardView, sourcesOf } from '../cards/card-facts'
import { SET_MARKS } from '../cards/set-marks'
import { levelOf } from '../content/spectrum'
import { sourceLine } from '../facts/registry'
import { escapeHtml } from './markdown'

/**
 * Cards per printed sheet: two columns of 88 mm; the short glossary terms three rows to a sheet,
 * every other kind two ("short" and "tall" rows, whose heights the stylesheet sets per paper size).
 */
const SHEET_LAYOUT: Record<CardSet['kind'], { perSheet: number, rows: 'tall' | 'short' }> = {
  licence: { perSheet: 4, rows: 'tall' },
  scenario: { perSheet: 4, rows: 'tall' },
  role: { perSheet: 4, rows: 'tall' },
  fact: { perSheet: 4, rows: 'tall' },
  term: { perSheet: 6, rows: 'short' },
}

/** How many sheets a set prints on. */
export function sheetsOf(set: CardSet): number {
  return Math.ceil(set.cards.length / SHEET_LAYOUT[set.kind].perSheet)
}

function field(label: string, value: string): string {
  return `<p class="card-field"><span class="card-label">${escapeHtml(label)}</span> ${escapeHtml(value)}</p>`
}

/** The front of each card, participant-safe: no sample answer, no band. */
function cardBodies(set: CardSet, facts: FactRegistry): { id: string, html: string }[] {
  switch (set.kind) {
    case 'licence':
      return set.cards.map((card) => {
        const view = licenceCardView(card, facts)
        if (!view)
          return { id: card.id, html: `<p>Missing licence clause ${escapeHtml(`${card.release}/${card.clause}`)}</p>` }
        return {
          id: card.id,
          html: `<h4 class="card-title">${escapeHtml(view.release.name)}: ${escapeHtml(view.licence.name)}</h4>
<p class="card-version">${escapeHtml(view.licence.version)}, ${escapeHtml(view.clause.where)}</p>
${view.clause.quoted
  ? `<blockquote class="card-quote">“${escapeHtml(view.clause.quote)}”</blockquote>`
  : `<p class="card-paraphrase"><span class="card-label">Paraphrase, not a quote:</span> ${escapeHtml(view.clause.quote)}</p>`}
<p class="card-source">Source: ${escapeHtml(sourceLine(view.release))}</p>`,
        }
      })
    case 'scenario':
      return set.cards.map(card => ({
        id: card.id,
        html: `<h4 class="card-title">${escapeHtml(card.title)}</h4>
<p>${escapeHtml(card.situation)}</p>
<ul class="card-facts">${card.facts.map(fact => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>
<p class="card-prompt">Open, closed or hybrid?</p>`,
      }))
    case 'role':
      return set.cards.map(card => ({
        id: card.id,
        html: `<h4 class="card-title">${escapeHtml(card.title)}</h4>
${field('Interests:', card.interests)}
${field('Constraints:', card.constraints)}
${field('Evidence:', facts.get(card.evidence).claim)}
<p class="card-source">Source: ${escapeHtml(sourceLine(facts.get(card.evidence)))}</p>`,
      }))
    case 'fact':
      return set.cards.map((card) => {
        const records = factCardFacts(card, facts)
        return {
          id: card.id,
          html: `<h4 class="card-title">${escapeHtml(card.title)}</h4>
${records.map(record => `<p>${escapeHtml(record.claim)}</p>`).join('\n')}
<p class="card-source">Source: ${escapeHtml(sourcesOf(records))}</p>`,
        }
      })
    case 'term':
      return set.cards.map(card => ({
        id: card.id,
        html: `<h4 class="card-title">${escapeHtml(card.term)}</h4>
<p>${escapeHtml(card.definition)}</p>${card.source ? `<p class="card-source">Source: ${escapeHtml(card.source)}</p>` : ''}`,
      }))
  }
}

/** One card set as pages of cut-out cards. */
export function renderCardSheets(set: CardSet, facts: FactRegistry): string {
  const cards = cardBodies(set, facts)
  const mark = SET_MARKS[set.kind]
  const { perSheet, rows } = SHEET_LAYOUT[set.kind]
  const pages: string[] = []
  for (let start = 0; start < cards.length; start += perSheet) {
    const slice = cards.slice(start, start + perSheet)
    pages.push(`<div class="card-sheet" data-card-set="${set.id}" data-rows="${rows}" style="--set: ${mark.colour}">
${slice.map((card, index) => `<article class="cut-card" data-card="${card.id}" data-kind="${set.kind}"><header class="card-band"><span class="set-shape shape-${mark.shape}" aria-hidden="true"></span><span class="set-name">${escapeHtml(set.title)}</span><span class="card-no">${start + index + 1}/${cards.length}</span></header><div class="cut-card-body">${card.html}</div></article>`).join('\n')}
</div>`)
  }
  // What the set is for is on the first page's key; every sheet is cards alone, edge to edge.
  return pages.join('\n')
}

/** The facilitator's answers for a set, where the set has any. */
export function renderCardAnswers(set: CardSet, facts: FactRegistry): string {
  if (set.kind === 'scenario') {
    return `<table class="card-answers"><caption>${escapeHtml(set.title)}: sample choices (as on the scenario cards' answers)</caption>
<thead><tr><th scope="col">Scenario</th><th scope="col">Choice</th><th scope="col">Why</th></tr></thead>
<tbody>${set.cards.map(card => `<tr><th scope="row">${escapeHtml(card.title)}</th><td>${escapeHtml(card.choice)}</td><td>${escapeHtml(card.why)}</td></tr>`).join('')}</tbody></table>`
  }
  if (set.kind === 'licence') {
    return `<table class="card-answers"><caption>${escapeHtml(set.title)}: where each card places its release (from the release's record)</caption>
<thead><tr><th scope="col">Card</th><th scope="col">Release</th><th scope="col">Band</th></tr></thead>
<tbody>${set.cards.map((card) => {
  const view = licenceCardView(card, facts)
  const band = view?.release.band ? levelOf(view.release.band).label : ''
  return `<tr><th scope="row">${escapeHtml(view ? `${view.licence.name}, ${view.clause.where}` : card.clause)}</th><td>${escapeHtml(view?.release.name ?? card.release)}</td><td>${escapeHtml(band)}</td></tr>`
}).join('')}</tbody></table>`
  }
  return ''
}

/** The glossary as a plain list, for the participant handout. */
export function renderGlossary(set: CardSet): string {
  if (set.kind !== 'term')
    return ''
  return `<dl class="glossary">${set.cards.map(card => `<dt>${escapeHtml(card.term)}</dt><dd>${escapeHtml(card.definition)}</dd>`).join('')}</dl>`
}
