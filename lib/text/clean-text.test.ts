import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.ts'

describe('cleanText', () => {
  it('normalises to NFC, drops invisible and bidi characters, and collapses spaces and line breaks', () => {
    expect(cleanText('  Cafe\u0301\u200B is\n\n open\u202E? ', { max: 40 })).toEqual({ ok: true, text: 'Café is open?' })
  })

  it('refuses empty, too short, too long, lone surrogates and non-strings', () => {
    expect(cleanText('\u200B \u200D', { max: 10 })).toEqual({ ok: false, error: 'text is empty' })
    expect(cleanText('ab', { max: 10, min: 3 }).ok).toBe(false)
    expect(cleanText('x'.repeat(11), { max: 10 }).ok).toBe(false)
    expect(cleanText('bad \uD800 half', { max: 40 }).ok).toBe(false)
    expect(cleanText(42, { max: 10 }).ok).toBe(false)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(cleanText('🙂'.repeat(10), { max: 10 }).ok).toBe(true)
  })
})
