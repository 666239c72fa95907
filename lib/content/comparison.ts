/**
 * The side-by-side comparison of open and closed models, along the dimensions the article raises.
 * Declared once: the deck's <ComparisonTable> and the participant handout both render this list.
 * Rows that name a release read its record, so a licence change reaches the table by itself.
 */
import type { FactRegistry } from '../facts/registry.ts'
import { factYear } from '../facts/registry.ts'

export interface ComparisonRow {
  /** Stable id, used for test hooks and anchors. */
  id: string
  dimension: string
  open: string
  closed: string
}

/** The article's own examples on one side, with their years, oldest first. */
function articleExamples(facts: FactRegistry, closed: boolean): string[] {
  return facts.releases
    .filter(release => release.inArticle && release.band && (release.band === 'closed-api') === closed)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(release => `${release.name} (${factYear(release.date)})`)
}

/** "2021–24": the span of years of the article's examples (all of them, or one side's). */
export function articleYears(facts: FactRegistry, side: 'all' | 'open' | 'closed' = 'all'): string {
  const years = facts.releases
    .filter(release => release.inArticle && (side === 'all' || (release.band === 'closed-api') === (side === 'closed')))
    .map(release => Number(factYear(release.date)))
    .sort()
  const [first, last] = [years[0], years.at(-1)]
  return first === last ? String(first) : `${first}–${String(last).slice(2)}`
}

export function comparisonOf(facts: FactRegistry): ComparisonRow[] {
  const paid = facts.get('stable-diffusion-3-5')
  const limits = ['llama-4', 'gemma-3'].map(id => facts.get(id).name)
  return [
    {
      id: 'access',
      dimension: 'Access',
      open: 'Download the weights and run them on your own hardware',
      closed: 'Call a hosted API or app; pay per use or subscribe',
    },
    {
      id: 'transparency',
      dimension: 'Transparency',
      open: 'Weights (and sometimes code and data) open to outside audit',
      closed: 'Internals private; outsiders see behaviour, published reports and government tests',
    },
    {
      id: 'cost',
      dimension: 'Cost',
      open: `Usually no licence fee, but not always (${paid.name}: ${paid.value}); you pay for compute and expertise`,
      closed: 'Fees per token or seat; the provider runs the infrastructure',
    },
    {
      id: 'control',
      dimension: 'Control and safety',
      open: 'Whoever holds a copy decides how it is used; safeguards can be removed',
      closed: 'The provider filters, monitors, patches and can withdraw access',
    },
    {
      id: 'customisation',
      dimension: 'Customisation',
      open: `Fine-tune, prune or inspect, within the licence’s use limits (${limits.join('’s and ')}’s have some)`,
      closed: 'Only what the provider exposes: prompts, settings, paid fine-tuning',
    },
    {
      id: 'builders',
      dimension: 'Who can build on it',
      open: 'Anyone, including small firms, universities and developing nations',
      closed: 'Paying customers, on the provider’s terms and prices',
    },
    {
      id: 'examples',
      dimension: `Examples in the article (${articleYears(facts)} models)`,
      open: `${articleExamples(facts, false).join(', ')}, Hugging Face models`,
      closed: articleExamples(facts, true).join(', '),
    },
  ]
}
