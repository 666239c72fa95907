import { describe, expect, it } from 'vitest'
import { palette } from '../design/tokens'
import { SET_MARKS } from './set-marks'

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('card set marks', () => {
  it('give every kind its own colour and shape, white text readable on each, none a meaning colour', () => {
    const marks = Object.values(SET_MARKS)
    expect(new Set(marks.map(m => m.colour)).size).toBe(marks.length)
    expect(new Set(marks.map(m => m.shape)).size).toBe(marks.length)
    const meanings = [palette.light.open, palette.light.closed, palette.light.hybrid]
    for (const mark of marks) {
      expect(contrast('#ffffff', mark.colour), mark.colour).toBeGreaterThanOrEqual(4.5)
      expect(meanings).not.toContain(mark.colour)
    }
  })
})
