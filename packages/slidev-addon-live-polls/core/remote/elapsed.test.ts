import { describe, expect, it } from 'vitest'
import { elapsedLabel } from './elapsed.ts'

describe('elapsedLabel', () => {
  it('says the time the session has run, not a clock time', () => {
    expect(elapsedLabel(0)).toBe('0 s in')
    expect(elapsedLabel(42.9)).toBe('42 s in')
    expect(elapsedLabel(19 * 60 + 24)).toBe('19 min 24 s in')
    expect(elapsedLabel(95 * 60 + 5)).toBe('95 min 05 s in')
    expect(elapsedLabel(-3)).toBe('0 s in')
  })
})
