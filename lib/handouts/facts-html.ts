/**
 * The fact registry on paper: the guide's "Before you present: re-check these facts" page and its
 * FAQ, and the sources page of both handouts. Every line comes from a record in content/facts/.
 */
import type { FaqQuestion } from '../content/faq'
import type { FactRegistry } from '../facts/registry'
import type { Fact } from '../facts/schema'
import { sourceGroups } from '../facts/blocks/sources'
import { factsToRecheck, formatFactDate } from '../facts/registry'
import { escapeHtml } from './markdown'

function sourceLink(fact: Fact): string {
  return `<a href="${escapeHtml(fact.source.url)}">${escapeHtml(fact.source.publisher)}: ${escapeHtml(fact.source.title)}</a>`
}

/** One printed page: the records that can move, most volatile first, with their source and last check. */
export function renderRecheck(facts: FactRegistry): string {
  const rows = factsToRecheck(facts.facts).map(fact => `<tr data-fact="${fact.id}" data-volatility="${fact.volatility}"><td>${escapeHtml(fact.claim)}${fact.status === 'adopted' ? '' : ` <span class="fact-status">(${fact.status})</span>`}</td><td>${sourceLink(fact)}</td><td class="nowrap">${escapeHtml(formatFactDate(fact.checkedOn))}</td></tr>`).join('\n')
  return `<p class="recheck-intro">These facts can change between sessions: check each against its source the week before you present, most volatile first, and update its fact record in the kit with the day you checked it (<code>npm run check</code> warns when a record is more than 90 days old). Release histories that cannot change are left off.</p>
<table class="recheck">
<thead><tr><th scope="col">Claim</th><th scope="col">Source</th><th scope="col">Checked on</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}

/** The questions a room asks, each with its answer and the records it rests on. */
export function renderFaq(questions: readonly FaqQuestion[], facts: FactRegistry): string {
  return questions.map(question => `<article class="faq" data-faq="${question.id}">
<h3>${escapeHtml(question.question)}</h3>
<p>${escapeHtml(question.answer)}</p>
<ul class="faq-facts">${question.facts.map((id) => {
  const fact = facts.get(id)
  return `<li>${escapeHtml(fact.claim)} <span class="faq-source">(${escapeHtml(fact.source.publisher)}, checked ${escapeHtml(formatFactDate(fact.checkedOn))})</span></li>`
}).join('')}</ul>
</article>`).join('\n')
}

/** Every source the facts rest on, by publisher, with the addresses to look them up. */
export function renderSources(facts: FactRegistry): string {
  const urls = new Map(facts.facts.map(fact => [`${fact.source.publisher}|${fact.source.title}`, fact.source.url]))
  return `<p>The article "Visual comparison of open source vs closed AI models" (2025) is the brief; every fact the workshop adds rests on one of these sources, each checked on the day its record gives.</p>
<dl class="sources">${sourceGroups(facts.facts).map(group => `<dt>${escapeHtml(group.publisher)}</dt>${group.titles.map(title => `<dd>${escapeHtml(title)} <span class="source-url">${escapeHtml(urls.get(`${group.publisher}|${title}`) ?? '')}</span></dd>`).join('')}`).join('')}</dl>`
}
