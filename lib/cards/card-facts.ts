import type { FactRegistry } from '../facts/registry'
/**
 * What a card shows that its fact records hold: a licence card's licence, version and clause, a
 * role's evidence, a fact card's claims. Declared once here for the slides, the printed cards
 * and the checks.
 */
import type { Clause, Fact, Licence, Release } from '../facts/schema'
import type { LocatedProblem } from '../yaml/located-yaml'
import type { CardSet, FactCard, LicenceCard } from './schema'
import { sourceLine } from '../facts/registry'

export interface LicenceCardView {
  release: Release
  licence: Licence
  clause: Clause
}

/** The release, licence and clause a licence card quotes; undefined when a reference is broken. */
export function licenceCardView(card: LicenceCard, facts: FactRegistry): LicenceCardView | undefined {
  const release = facts.lookup(card.release)
  if (release?.kind !== 'release' || !release.licence)
    return undefined
  const clause = release.licence.clauses.find(c => c.id === card.clause)
  return clause ? { release, licence: release.licence, clause } : undefined
}

export function factCardFacts(card: FactCard, facts: FactRegistry): Fact[] {
  return card.facts.map(id => facts.get(id))
}

/** The sources of a list of records, each once, for a card's source line. */
export function sourcesOf(records: readonly Fact[]): string {
  return [...new Set(records.map(sourceLine))].join('; ')
}

/** Every card reference to a fact record that does not resolve, at the card's line. */
export function cardFactProblems(set: CardSet, facts: FactRegistry, lineOf: (cardId: string) => number): LocatedProblem[] {
  const problems: LocatedProblem[] = []
  const at = (cardId: string, message: string) => problems.push({ file: set.file, line: lineOf(cardId), message })
  const known = (id: string) => facts.lookup(id) !== undefined
  switch (set.kind) {
    case 'licence':
      for (const card of set.cards) {
        const release = facts.lookup(card.release)
        if (release?.kind !== 'release')
          at(card.id, `release "${card.release}" is not a release record in content/facts/: use one of ${facts.releases.filter(r => r.licence).map(r => r.id).join(', ')}`)
        else if (!release.licence?.clauses.some(c => c.id === card.clause))
          at(card.id, `"${card.release}" has no licence clause "${card.clause}": use one of ${release.licence?.clauses.map(c => c.id).join(', ') || '(none: add `licence:` to its record)'}`)
      }
      break
    case 'role':
      for (const card of set.cards) {
        if (!known(card.evidence))
          at(card.id, `evidence "${card.evidence}" is not a fact record in content/facts/`)
      }
      break
    case 'fact':
      for (const card of set.cards) {
        for (const id of card.facts.filter(id => !known(id)))
          at(card.id, `fact "${id}" is not a record in content/facts/`)
      }
      break
    default:
      break
  }
  return problems
}
