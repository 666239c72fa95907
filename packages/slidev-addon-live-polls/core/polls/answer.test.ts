import type { Poll } from './schema.ts'
import { describe, expect, it } from 'vitest'
import { checkAnswer, cleanEntry, normalizeEntry, wordKey } from './answer.ts'
import { pollSchema } from './schema.ts'

const poll = (input: unknown): Poll => pollSchema.parse(input)
const options = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }]

describe('checkAnswer', () => {
  it('accepts an option id for single and quiz polls, and refuses anything else', () => {
    const single = poll({ id: 'p', kind: 'single', question: 'Q?', options })
    expect(checkAnswer(single, 'a')).toEqual({ ok: true, answer: 'a' })
    expect(checkAnswer(single, 'z')).toEqual({ ok: false, error: 'unknown option "z"' })
    expect(checkAnswer(single, 1).ok).toBe(false)
    expect(checkAnswer(single, ['a']).ok).toBe(false)
  })

  it('limits multiple choice to max distinct known options', () => {
    const multiple = poll({ id: 'p', kind: 'multiple', question: 'Q?', options, max: 2 })
    expect(checkAnswer(multiple, ['a', 'b', 'a'])).toEqual({ ok: true, answer: ['a', 'b'] })
    expect(checkAnswer(multiple, ['a', 'b', 'c'])).toEqual({ ok: false, error: 'too many choices: at most 2' })
    expect(checkAnswer(multiple, []).ok).toBe(false)
    expect(checkAnswer(multiple, ['a', 'x']).ok).toBe(false)
  })

  it('takes whole numbers 1 to 5 on a scale', () => {
    const scale = poll({ id: 'p', kind: 'scale', question: 'Q' })
    expect(checkAnswer(scale, 5)).toEqual({ ok: true, answer: 5 })
    for (const bad of [0, 6, 2.5, '3', null])
      expect(checkAnswer(scale, bad).ok).toBe(false)
  })

  it('trims word-cloud text and refuses long, empty, too many or markup-like entries', () => {
    const cloud = poll({ id: 'p', kind: 'wordcloud', question: 'Q', maxLength: 10, maxEntries: 2 })
    expect(checkAnswer(cloud, '  open   data ')).toEqual({ ok: true, answer: ['open data'] })
    expect(checkAnswer(cloud, 'x'.repeat(11))).toEqual({ ok: false, error: 'text too long: at most 10 characters' })
    expect(checkAnswer(cloud, '   ').ok).toBe(false)
    expect(checkAnswer(cloud, ['a', 'b', 'c']).ok).toBe(false)
    expect(checkAnswer(cloud, '<b>x</b>').ok).toBe(false)
    expect(checkAnswer(cloud, 'a\u0000b')).toEqual({ ok: true, answer: ['a b'] })
  })

  it('normalises word-cloud text: NFC, no invisible or control characters, nothing empty', () => {
    const cloud = pollSchema.parse({ id: 'w', kind: 'wordcloud', question: 'Q', maxLength: 10 })
    // "é" typed as e + combining accent counts as the precomposed letter.
    expect(checkAnswer(cloud, 'cafe\u0301')).toEqual({ ok: true, answer: ['caf\u00E9'] })
    expect(checkAnswer(cloud, '\u200Bfree\u200Ddom\u202E')).toEqual({ ok: true, answer: ['freedom'] })
    expect(checkAnswer(cloud, '\u0085open\u009Fdata\t')).toEqual({ ok: true, answer: ['open data'] })
    expect(checkAnswer(cloud, '\u200B\u2066\u0007 ')).toEqual({ ok: false, error: 'answer is empty (after removing invisible and control characters)' })
    expect(checkAnswer(cloud, 'ab\uD800')).toEqual({ ok: false, error: 'text contains a broken character (a lone UTF-16 surrogate)' })
    expect(checkAnswer(cloud, '\uDC00x').ok).toBe(false)
    expect(checkAnswer(cloud, '😀ok')).toEqual({ ok: true, answer: ['😀ok'] })
    expect(wordKey('  Free\u200Bdom ')).toBe(wordKey('freedom'))
  })
})

describe('cleanEntry (questions)', () => {
  it('normalises like a word-cloud entry: NFC, no invisible or bidi characters, single spaces', () => {
    expect(cleanEntry('  Cafe\u0301\u200B is\n\n open\u202E? ', { max: 40 })).toEqual({ ok: true, text: 'Café is open?' })
  })

  it('refuses empty, too short, too long, lone surrogates and non-strings', () => {
    expect(cleanEntry('\u200B \u200D', { max: 10 }).ok).toBe(false)
    expect(cleanEntry('ab', { max: 10, min: 3 }).ok).toBe(false)
    expect(cleanEntry('x'.repeat(11), { max: 10 }).ok).toBe(false)
    expect(cleanEntry('bad \uD800 half', { max: 40 }).ok).toBe(false)
    expect(cleanEntry(42, { max: 10 }).ok).toBe(false)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(cleanEntry('🙂'.repeat(10), { max: 10 }).ok).toBe(true)
  })
})

describe('normalizeEntry: what counts as the same entry, and as an empty one', () => {
  it('counts an entry the same with or without invisible characters, variation selectors included', () => {
    expect(wordKey('open\uFE0F')).toBe('open')
    expect(wordKey('op\u034Fen')).toBe('open')
    expect(wordKey('open\u{E0041}\u{E0042}')).toBe('open')
    expect(wordKey('o\u200Dpen')).toBe('open')
  })

  it('keeps emoji sequences whole: joiners, presentation selectors, keycaps and subdivision flags', () => {
    for (const emoji of ['👩‍💻', '❤️', '1️⃣', '🏳️‍🌈', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '🇪🇺'])
      expect(normalizeEntry(emoji), emoji).toBe(emoji)
  })

  it('calls an entry empty when nothing visible is left: Hangul fillers, the braille blank, marks alone', () => {
    for (const blank of ['\u3164', '\u115F\u1160', '\uFFA0', '\u2800\u2800', '\u034F', '\u0301\u0301', '\u{E0020}'])
      expect(cleanEntry(blank, { max: 10 }), JSON.stringify(blank)).toEqual({ ok: false, error: 'text is empty (after removing invisible and control characters)' })
    expect(normalizeEntry('a\u2800b')).toBe('a b')
  })
})
