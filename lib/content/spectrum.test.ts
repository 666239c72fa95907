import { describe, expect, it } from 'vitest'
import { collectFacts } from '../facts/load-facts'
import { articleYears, comparisonOf } from './comparison'
import { spectrumOf } from './spectrum'

const { registry } = await collectFacts()

describe('spectrumOf', () => {
  it('places each release by its own record, per release and never per brand', () => {
    const band = (id: string) => spectrumOf(registry).find(level => level.examples.some(example => example.id === id))?.id
    expect(band('gemma-3')).toBe('open-weights-restrictive')
    expect(band('gemma-4')).toBe('open-weights-permissive')
    expect(band('deepseek-v3')).toBe('open-weights-restrictive')
    expect(band('deepseek-r1')).toBe('open-weights-permissive')
    expect(band('qwen3')).toBe('open-weights-permissive')
    expect(band('qwen3-max')).toBe('closed-api')
  })

  it('places GPT-J by the flowchart\'s rule and keeps OSI\'s own verdict apart', () => {
    const osi = spectrumOf(registry).find(level => level.id === 'osi-open-source')!
    expect(osi.examples.map(example => [example.id, example.osi])).toEqual([['gpt-j', 'not-evaluated'], ['pythia', 'passed'], ['olmo', 'passed']])
  })
})

describe('comparisonOf', () => {
  it('labels the article\'s examples with the years of their records', () => {
    expect(articleYears(registry)).toBe('2021–24')
    expect(articleYears(registry, 'closed')).toBe('2023–24')
    expect(comparisonOf(registry).find(row => row.id === 'examples')!.open).toMatch(/^GPT-J \(2021\), Stable Diffusion 1\.x \(2022\)/)
  })
})
