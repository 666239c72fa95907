/**
 * Card sets on paper: cut-out cards, six to a page (two columns, three rows) with dashed cut lines
 * and corner marks, for A4 and Letter alike; and, for the facilitator guide, each set's answers
 * (a scenario's choice, a licence's band from the spectrum) as a table.
 */
import type { CardSet } from '../cards/schema'
import type { FactRegistry } from '../facts/registry'
import { factCardFacts, licenceCardView, sourcesOf } from '../cards/card-facts'
import { levelOf } from '../content/spectrum'
import { sourceLine } from '../facts/registry'
import { escapeHtml } from './markdown'

const PER_PAGE = 6

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
  const pages: string[] = []
  for (let start = 0; start < cards.length; start += PER_PAGE) {
    const slice = cards.slice(start, start + PER_PAGE)
    pages.push(`<div class="card-sheet" data-card-set="${set.id}">
${slice.map((card, index) => `<article class="cut-card" data-card="${card.id}" data-kind="${set.kind}"><div class="cut-card-body">${card.html}</div><p class="card-footer">${escapeHtml(set.title)} · ${start + index + 1}/${cards.length}</p></article>`).join('\n')}
</div>`)
  }
  return `<p class="card-set-intro">${escapeHtml(set.intro)} Cut along the dashed lines.</p>\n${pages.join('\n')}`
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
