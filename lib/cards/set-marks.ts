/**
 * What tells the card sets apart once they are cut: each kind of set has a colour for the band
 * across the top of its cards and a shape printed beside the set's name, so the sets can be sorted
 * on a table, and still on a black-and-white printer. The colours are not the deck's meaning
 * colours (open teal, closed amber, hybrid violet): a set's colour says which pile, never a verdict.
 * Each takes white text at WCAG AA (set-marks.test.ts).
 */
import type { CardKind } from './schema'

export interface SetMark {
  /** Band colour, white text on it. */
  colour: string
  /** A shape drawn by the stylesheet (no font glyph needed). */
  shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'bar'
}

export const SET_MARKS: Record<CardKind, SetMark> = {
  licence: { colour: '#1d4ed8', shape: 'circle' },
  scenario: { colour: '#be185d', shape: 'square' },
  role: { colour: '#4d6b0c', shape: 'triangle' },
  fact: { colour: '#334155', shape: 'diamond' },
  term: { colour: '#854d0e', shape: 'bar' },
}
