import { describe, expect, it } from 'vitest'
import { FACT_BLOCKS } from './blocks'
import { expandFacts, factReferences } from './expand'
import { collectFacts } from './load-facts'

const { registry } = await collectFacts()
const context = { facts: registry }

describe('expandFacts', () => {
  it('replaces a reference by the record\'s short phrase or the field asked for', () => {
    expect(expandFacts('See @fact(gemma-4).', context, {})).toBe(`See ${registry.get('gemma-4').short}.`)
    expect(expandFacts('@fact(deepseek-r1.date), @fact(deepseek-r1.value), @fact(gemma-3.licence)', context, {})).toBe('20 Jan 2025, MIT, Gemma Terms of Use')
    expect(expandFacts('@fact(gpt-j.year) @fact(gpt-j.checked)', context, {})).toBe('2021 checked 3 Dec 2026')
  })

  it('prints a visible marker for an unknown record, field or block', () => {
    expect(expandFacts('@fact(gemma-9) @fact(gemma-4.colour)', context, {})).toBe('[missing fact: @fact(gemma-9)] [missing fact: @fact(gemma-4.colour)]')
    expect(expandFacts('@facts(nothing)', context, FACT_BLOCKS)).toBe('[missing fact: @facts(nothing)]')
  })

  it('expands a block on a line of its own, keeping its indentation', () => {
    const out = expandFacts('timeline\n  @facts(timeline)', context, FACT_BLOCKS).split('\n')
    expect(out[1]).toMatch(/^ {2}accTitle: /)
    expect(out.slice(1).every(line => line.startsWith('  '))).toBe(true)
  })
})

describe('factReferences', () => {
  it('lists every reference with its line', () => {
    expect(factReferences('a @fact(x)\n\n  @facts(labs)\n@fact(y.date) @fact(z)')).toEqual([
      { line: 1, id: 'x', field: undefined },
      { line: 3, id: '', block: 'labs' },
      { line: 4, id: 'y', field: 'date' },
      { line: 4, id: 'z', field: undefined },
    ])
  })
})
