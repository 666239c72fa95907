import type { Fact } from './schema'
import { describe, expect, it } from 'vitest'
import { createRegistry, daysSinceChecked, factsToRecheck, formatFactDate, staleFacts, UnknownFactError } from './registry'

function fact(id: string, over: Partial<Fact> = {}): Fact {
  return {
    id,
    kind: 'finding',
    name: id,
    claim: `${id} claim.`,
    value: 'v',
    date: '2025',
    source: { title: 't', publisher: 'p', url: 'https://example.org/' },
    checkedOn: '2026-12-03',
    status: 'adopted',
    volatility: 'medium',
    file: 'content/facts/x.yaml',
    line: 1,
    ...over,
  } as Fact
}

describe('formatFactDate', () => {
  it('prints a date as precisely as it was given', () => {
    expect(formatFactDate('2026-04-02')).toBe('2 Apr 2026')
    expect(formatFactDate('2026-04')).toBe('Apr 2026')
    expect(formatFactDate('2021')).toBe('2021')
  })
})

describe('staleFacts', () => {
  const today = new Date('2026-12-03T12:00:00Z')
  it('lists records checked more than 90 days ago, counting a month from its first day', () => {
    const facts = [fact('fresh'), fact('month', { checkedOn: '2026-09' }), fact('old', { checkedOn: '2026-09-03' }), fact('edge', { checkedOn: '2026-09-04' })]
    expect(daysSinceChecked(facts[1]!, today)).toBe(93)
    expect(staleFacts(facts, today).map(f => f.id)).toEqual(['month', 'old'])
    expect(staleFacts(facts, today, 100)).toEqual([])
  })
})

describe('factsToRecheck', () => {
  it('puts the most volatile first, then disputed and announced ones, the longest unchecked first, and leaves history off', () => {
    const facts = [
      fact('low', { volatility: 'low' }),
      fact('medium'),
      fact('high-adopted', { volatility: 'high' }),
      fact('high-announced', { volatility: 'high', status: 'announced' }),
      fact('high-older', { volatility: 'high', checkedOn: '2026-11' }),
      fact('high-disputed', { volatility: 'high', status: 'disputed' }),
    ]
    expect(factsToRecheck(facts).map(f => f.id)).toEqual(['high-disputed', 'high-announced', 'high-older', 'high-adopted', 'medium'])
  })
})

describe('createRegistry', () => {
  it('finds releases by name or alias and names a missing id', () => {
    const release = fact('gpt-oss', { kind: 'release', name: 'gpt-oss', aliases: ['gpt-oss-120b'], brand: 'gpt-oss', lab: 'OpenAI', inArticle: false, osi: 'not-evaluated', spectrum: false } as Partial<Fact>)
    const registry = createRegistry([release, fact('other')])
    expect(registry.releaseNamed('GPT-OSS-120b')?.id).toBe('gpt-oss')
    expect(registry.brands).toEqual(['gpt-oss'])
    expect(() => registry.get('gpt-9')).toThrow(UnknownFactError)
  })
})
