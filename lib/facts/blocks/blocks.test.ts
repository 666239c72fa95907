import type { Fact } from '../schema'
import { describe, expect, it } from 'vitest'
import { loadCardSets } from '../../cards/load-cards'
import { collectFacts } from '../load-facts'
import { labsBlock } from './labs'
import { licenceAnswersBlock } from './licence-answers'
import { sourceHalves, sourcesBlock } from './sources'
import { timelineBlock, timelinePeriods } from './timeline'

const { registry } = await collectFacts()

describe('timeline', () => {
  it('groups events by year and merges a run of single-event years into one period', () => {
    const at = (id: string, date: string) => ({ id, date, timeline: id }) as Fact
    const periods = timelinePeriods([at('a', '2019'), at('b', '2021-06'), at('c', '2024-08'), at('d', '2024-10'), at('e', '2027-12')])
    expect(periods.map(p => [p.years.join(','), p.events.map(e => e.id).join(',')])).toEqual([['2019,2021', 'a,b'], ['2024', 'c,d'], ['2027', 'e']])
  })

  it('writes accessible Mermaid timeline lines, with the full dates in the description', () => {
    const lines = timelineBlock({ facts: registry }).split('\n')
    expect(lines[0]).toMatch(/^accTitle: /)
    expect(lines[1]).toMatch(/^accDescr: .*Gemma 4, Apache-2.0 \(Apr 2026\)/)
    expect(lines).toContain('2024 : EU AI Act in force : OSI definition')
    expect(lines).toContain('2021–23 : GPT-J, Apache-2.0 (2021) : Llama 2, own licence (2023)')
  })
})

describe('labs', () => {
  it('shows each lab\'s open and closed release, and the record saying a lab has no open weights', () => {
    const table = labsBlock({ facts: registry })
    expect(table).toContain(`| Google | ${registry.get('gemma-4').short} |`)
    expect(table).toContain(`| Anthropic | ${registry.get('anthropic-no-open-weights').short} |`)
  })
})

describe('licence answers', () => {
  it('gives each release on the licence cards its record\'s band and its clauses\' gist', async () => {
    const table = licenceAnswersBlock({ facts: registry, cards: await loadCardSets() })
    expect(table).toContain('| Gemma 3 (2025) | Open weights, restrictive licence |')
    expect(table).toContain('| Gemma 4 (2026) | Open weights, permissive licence |')
    expect(table).toContain('| OLMo (2024) | Open source (meets OSI’s definition) |')
  })
})

describe('sources', () => {
  it('lists every publisher once, and splits them into two halves without losing one', () => {
    const rows = sourcesBlock({ facts: registry }).split('\n').slice(2)
    expect(rows.length).toBe(new Set(registry.facts.map(f => f.source.publisher)).size)
    const [first, second] = sourceHalves(registry.facts)
    expect(first.length + second.length).toBe(rows.length)
    expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(6)
  })
})
