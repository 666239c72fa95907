/**
 * `@facts(sources)`: every source the registry cites, grouped by publisher, as a Markdown table.
 * The slide and the handout list exactly the sources the facts rest on, no more and no fewer.
 */
import type { ExpandContext } from '../expand.ts'
import type { Fact } from '../schema.ts'

export interface SourceGroup {
  publisher: string
  titles: string[]
}

export function sourceGroups(facts: readonly Fact[]): SourceGroup[] {
  const groups = new Map<string, Set<string>>()
  for (const fact of facts) {
    const titles = groups.get(fact.source.publisher) ?? new Set<string>()
    titles.add(fact.source.title)
    groups.set(fact.source.publisher, titles)
  }
  return [...groups].map(([publisher, titles]) => ({ publisher, titles: [...titles].sort() })).sort((a, b) => a.publisher.localeCompare(b.publisher))
}

function table(groups: readonly SourceGroup[]): string {
  return ['| Publisher | Sources |', '| --- | --- |', ...groups.map(group => `| ${group.publisher} | ${group.titles.join('; ')} |`)].join('\n')
}

/**
 * The groups split in two halves of about the same printed length, in order, so the list fits two
 * slides (`@facts(sources-1)`, `@facts(sources-2)`).
 */
export function sourceHalves(facts: readonly Fact[]): [SourceGroup[], SourceGroup[]] {
  const groups = sourceGroups(facts)
  // Printed lines at about 60 characters a line, plus the row's rule.
  const size = (group: SourceGroup) => Math.ceil(group.titles.join('; ').length / 60) + 0.5
  const total = groups.reduce((sum, group) => sum + size(group), 0)
  let running = 0
  const cut = groups.findIndex((group) => {
    running += size(group)
    return running > total / 2
  })
  const at = cut < 0 ? groups.length : cut + (running - total / 2 < size(groups[cut]!) / 2 ? 1 : 0)
  return [groups.slice(0, at), groups.slice(at)]
}

export function sourcesBlock({ facts }: ExpandContext): string {
  return table(sourceGroups(facts.facts))
}

export function sourcesHalfBlock(half: 0 | 1) {
  return ({ facts }: ExpandContext): string => table(sourceHalves(facts.facts)[half])
}
