import { describe, expect, it } from 'vitest'
import { typeset } from './typography'

describe('typeset', () => {
  it('turns apostrophes and quotation marks into typographic ones', () => {
    expect(typeset('OSI\'s definition')).toBe('OSI’s definition')
    expect(typeset('China\'s "AI+" Opinions')).toBe('China’s “AI+” Opinions')
    expect(typeset('"Open Source" (2024)')).toBe('“Open Source” (2024)')
    expect(typeset('the models\' licences')).toBe('the models’ licences')
    expect(typeset('a \'quoted\' word')).toBe('a ‘quoted’ word')
  })

  it('leaves text without straight quotes as it is', () => {
    expect(typeset('Gemma 4 (Apr 2026): Apache-2.0 – “as is”')).toBe('Gemma 4 (Apr 2026): Apache-2.0 – “as is”')
  })
})
