/**
 * `@facts(licence-answers)`: exercise 1's sample answer, one row per release on the licence cards:
 * its band (from its record) and the gist of the clauses its cards quote.
 */
import type { LicenceCard } from '../../cards/schema.ts'
import type { ExpandContext } from '../expand.ts'
import { levelOf } from '../../content/spectrum.ts'
import { factYear } from '../registry.ts'

export function licenceAnswersBlock({ facts, cards = [] }: ExpandContext): string {
  const licenceCards = cards.flatMap(set => set.kind === 'licence' ? set.cards : []) as LicenceCard[]
  const byRelease = new Map<string, string[]>()
  for (const card of licenceCards) {
    // A card pointing at no release is the card check's to report; the answer leaves it out.
    const release = facts.lookup(card.release)
    if (release?.kind !== 'release')
      continue
    const clause = release.licence?.clauses.find(c => c.id === card.clause)
    byRelease.set(release.id, [...byRelease.get(release.id) ?? [], clause?.gist ?? card.clause])
  }
  const rows = [...byRelease].map(([id, gists]) => {
    const release = facts.get(id)
    const band = release.kind === 'release' && release.band ? levelOf(release.band).label : ''
    return `| ${release.name} (${factYear(release.date)}) | ${band} | ${gists.join('. ')} |`
  })
  return ['| Model | Band | The clause that decides |', '| --- | --- | --- |', ...rows].join('\n')
}
