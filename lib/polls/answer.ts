/** Checks a participant's answer against its poll and returns it in one canonical form. */
import type { Poll } from './schema.ts'

/** An option id (single, quiz), option ids (multiple), 1-5 (scale) or entries (wordcloud). */
export type Answer = string | string[] | number

export type AnswerCheck = { ok: true, answer: Answer } | { ok: false, error: string }

// Angle brackets have no place in a one-word answer; refusing them keeps the log and the CSV
// clean (the page renders text as text anyway).
const UNSAFE_TEXT = /[<>]/
// C0 and C1 controls become spaces (a pasted tab or newline separates words).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g
// Zero-width and bidi controls are invisible: they would make one word count as two, or reorder
// what the projector shows. Soft hyphen and the word joiners too.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * One word-cloud entry as it is counted and shown: NFC, controls and invisible characters removed,
 * spaces collapsed and trimmed. Null when the text holds a lone surrogate (not text at all).
 */
export function normalizeEntry(text: string): string | null {
  if (LONE_SURROGATE.test(text))
    return null
  return text.normalize('NFC').replace(CONTROLS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
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
