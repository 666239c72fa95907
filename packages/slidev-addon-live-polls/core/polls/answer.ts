/** Checks a participant's answer against its poll and returns it in one canonical form. */
import type { Poll } from './schema.ts'

/** An option id (single, quiz), option ids (multiple), 1-5 (scale) or entries (wordcloud). */
export type Answer = string | string[] | number

export type AnswerCheck = { ok: true, answer: Answer } | { ok: false, error: string }

// Angle brackets have no place in a one-word answer; refusing them keeps the log and the CSV
// clean (the page renders text as text anyway).
const UNSAFE_TEXT = /[<>]/
// C0 and C1 controls become spaces (a pasted tab or newline separates words), and so do characters
// that print as a blank without being spaces (the braille blank).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2800]/g
// Invisible characters (Unicode's default-ignorable code points: zero-width and bidi controls, the
// combining grapheme joiner, variation selectors, tag characters, Hangul fillers, soft hyphen...)
// would make one word count as two, hide a word from the blocklist, or reorder what the projector
// shows. Within an emoji some of them are the emoji: the joiner of a sequence, the emoji
// presentation selector and, after a black flag, the tags of a subdivision flag.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u
const EMOJI_PARTS = new Set(['\u200D', '\uFE0F'])
const FLAG_TAGS = /[\u{E0020}-\u{E007F}]/u
const BLACK_FLAG = '\u{1F3F4}'
// What makes an entry visible: a letter, digit, punctuation or symbol (emoji included). Marks
// alone, private-use and unassigned characters show nothing a room can read.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** One grapheme without its invisible characters, emoji sequences kept whole. */
function withoutInvisible(grapheme: string): string {
  const emoji = EMOJI.test(grapheme)
  const flag = grapheme.startsWith(BLACK_FLAG)
  let kept = ''
  for (const char of grapheme) {
    if (IGNORABLE.test(char) && !(emoji && EMOJI_PARTS.has(char)) && !(flag && FLAG_TAGS.test(char)))
      continue
    kept += char
  }
  return kept
}

/**
 * One word-cloud entry as it is counted and shown: NFC, controls and invisible characters removed
 * (emoji sequences kept whole), spaces collapsed and trimmed; empty when nothing visible is left.
 * Null when the text holds a lone surrogate (not text at all).
 */
export function normalizeEntry(text: string): string | null {
  if (LONE_SURROGATE.test(text))
    return null
  let cleaned = ''
  for (const { segment } of graphemes.segment(text.normalize('NFC').replace(CONTROLS, ' ')))
    cleaned += withoutInvisible(segment)
  cleaned = cleaned.replace(/\s+/g, ' ').trim()
  return VISIBLE.test(cleaned) ? cleaned : ''
}

export type CleanEntry = { ok: true, text: string } | { ok: false, error: string }

/**
 * Free text a participant typed (a question) under the same rules as a word-cloud entry, with a
 * length counted in characters, not UTF-16 units.
 */
export function cleanEntry(raw: unknown, limits: { max: number, min?: number }): CleanEntry {
  if (typeof raw !== 'string')
    return { ok: false, error: 'text must be a string' }
  const text = normalizeEntry(raw)
  if (text === null)
    return { ok: false, error: 'text contains a broken character (a lone UTF-16 surrogate)' }
  const length = [...text].length
  if (length === 0)
    return { ok: false, error: 'text is empty (after removing invisible and control characters)' }
  if (length < (limits.min ?? 1))
    return { ok: false, error: `text too short: at least ${limits.min} characters` }
  if (length > limits.max)
    return { ok: false, error: `text too long: at most ${limits.max} characters` }
  return { ok: true, text }
}

/** Word-cloud entries that differ only by case or spacing count as the same word. */
export function wordKey(text: string): string {
  return (normalizeEntry(text) ?? '').toLowerCase()
}

export function checkAnswer(poll: Poll, raw: unknown): AnswerCheck {
  const fail = (error: string): AnswerCheck => ({ ok: false, error })
  switch (poll.kind) {
    case 'single':
    case 'quiz': {
      if (typeof raw !== 'string')
        return fail('answer must be an option id (a string)')
      if (!poll.options.some(o => o.id === raw))
        return fail(`unknown option "${raw.slice(0, 48)}"`)
      return { ok: true, answer: raw }
    }
    case 'multiple': {
      if (!Array.isArray(raw) || raw.some(v => typeof v !== 'string'))
        return fail('answer must be a list of option ids')
      const ids = [
        ...new Set(raw as string[]),
      ]
      if (ids.length === 0)
        return fail('choose at least one option')
      if (ids.length > poll.max)
        return fail(`too many choices: at most ${poll.max}`)
      const unknown = ids.find(id => !poll.options.some(o => o.id === id))
      if (unknown !== undefined)
        return fail(`unknown option "${unknown.slice(0, 48)}"`)
      return { ok: true, answer: ids }
    }
    case 'scale': {
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > 5)
        return fail('answer must be a whole number from 1 to 5')
      return { ok: true, answer: raw }
    }
    case 'wordcloud': {
      const list = typeof raw === 'string'
        ? [raw]
        : raw
      if (!Array.isArray(list) || list.some(v => typeof v !== 'string'))
        return fail('answer must be a text or a list of texts')
      const normalized = (list as string[]).map(normalizeEntry)
      if (normalized.includes(null))
        return fail('text contains a broken character (a lone UTF-16 surrogate)')
      const entries = (normalized as string[]).filter(Boolean)
      if (entries.length === 0)
        return fail('answer is empty (after removing invisible and control characters)')
      if (entries.length > poll.maxEntries)
        return fail(`too many entries: at most ${poll.maxEntries}`)
      const tooLong = entries.find(text => [...text].length > poll.maxLength)
      if (tooLong !== undefined)
        return fail(`text too long: at most ${poll.maxLength} characters`)
      if (entries.some(text => UNSAFE_TEXT.test(text)))
        return fail('text contains characters that are not allowed (< or >)')
      return { ok: true, answer: entries }
    }
  }
}
