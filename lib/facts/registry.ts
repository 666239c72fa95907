/**
 * The registry as the outputs read it: look a record up by id, find releases by name, format its
 * dates. Pure: the Node loader (load-facts.ts) and the browser (composables/useFacts.ts) both
 * build it from the same parsed files.
 */
import type { Fact, FactStatus, Release, Volatility } from './schema.ts'
import { normaliseName } from './parse-facts.ts'

export interface FactRegistry {
  facts: readonly Fact[]
  /** The record with this id; throws naming the id when there is none (a typo must not print "undefined"). */
  get: (id: string) => Fact
  /** The record with this id, or undefined. */
  lookup: (id: string) => Fact | undefined
  releases: readonly Release[]
  /** The release a name or alias points at ("Gemma 4", "gpt-oss-120b"). */
  releaseNamed: (name: string) => Release | undefined
  /** The brands releases belong to (Gemma, Llama, Qwen, ...): what the release-name check looks for. */
  brands: readonly string[]
}

export class UnknownFactError extends Error {
  override name = 'UnknownFactError'
}

export function createRegistry(facts: readonly Fact[]): FactRegistry {
  const byId = new Map(facts.map(fact => [fact.id, fact]))
  const releases = facts.filter((fact): fact is Release => fact.kind === 'release')
  const byName = new Map<string, Release>()
  for (const release of releases) {
    for (const name of [release.name, ...release.aliases])
      byName.set(normaliseName(name), release)
  }
  return {
    facts,
    lookup: id => byId.get(id),
    get: (id) => {
      const fact = byId.get(id)
      if (!fact)
        throw new UnknownFactError(`no fact record "${id}" in content/facts/: add it, or use one of ${[...byId.keys()].sort().join(', ')}`)
      return fact
    },
    releases,
    releaseNamed: name => byName.get(normaliseName(name)),
    brands: [...new Set(releases.map(release => release.brand))].sort((a, b) => b.length - a.length),
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2026-04-02` → "2 Apr 2026", `2026-04` → "Apr 2026", `2021` → "2021". */
export function formatFactDate(date: string): string {
  const [year, month, day] = date.split('-')
  if (!month)
    return year!
  const name = MONTHS[Number(month) - 1]!
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`
}

export function factYear(date: string): string {
  return date.slice(0, 4)
}

/** The first day a partial date can mean: `2026-11` → 1 Nov 2026 (UTC). */
export function earliestDay(date: string): Date {
  const [year, month = '01', day = '01'] = date.split('-')
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
}

/** Whole days from a record's check to `today`, counted from the earliest day its date can mean. */
export function daysSinceChecked(fact: Pick<Fact, 'checkedOn'>, today: Date): number {
  const from = earliestDay(fact.checkedOn).getTime()
  const to = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return Math.floor((to - from) / 86_400_000)
}

/** Records checked more than `maxDays` before `today`, the longest unchecked first. */
export function staleFacts(facts: readonly Fact[], today: Date, maxDays = 90): Fact[] {
  return facts
    .filter(fact => daysSinceChecked(fact, today) > maxDays)
    .sort((a, b) => daysSinceChecked(b, today) - daysSinceChecked(a, today) || a.id.localeCompare(b.id))
}

const VOLATILITY_ORDER: Record<Volatility, number> = { high: 0, medium: 1, low: 2 }
const STATUS_ORDER: Record<FactStatus, number> = { disputed: 0, announced: 1, proposal: 2, adopted: 3 }

/**
 * What a presenter re-checks before a session, most volatile first: high, then medium volatility
 * (low ones are history that does not move); within each, disputed and announced facts before
 * adopted ones, and the longest unchecked first.
 */
export function factsToRecheck(facts: readonly Fact[]): Fact[] {
  return facts
    .filter(fact => fact.volatility !== 'low')
    .sort((a, b) => VOLATILITY_ORDER[a.volatility] - VOLATILITY_ORDER[b.volatility]
      || STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
      || earliestDay(a.checkedOn).getTime() - earliestDay(b.checkedOn).getTime()
      || a.id.localeCompare(b.id))
}

/** "checked 3 Dec 2026" / "checked Nov 2026". */
export function formatChecked(fact: Pick<Fact, 'checkedOn'>): string {
  return `checked ${formatFactDate(fact.checkedOn)}`
}

/** The phrase tables and slides use for a record. */
export function shortOf(fact: Fact): string {
  return fact.short ?? fact.name
}

/** "Google: Gemma Terms of Use". */
export function sourceLine(fact: Fact): string {
  return `${fact.source.publisher}: ${fact.source.title}`
}
