/** Checks a participant's answer against its poll and returns it in one canonical form. */
import type { Poll } from './schema.ts'

/** An option id (single, quiz), option ids (multiple), 1-5 (scale) or entries (wordcloud). */
export type Answer = string | string[] | number

export type AnswerCheck = { ok: true, answer: Answer } | { ok: false, error: string }

// Control characters and angle brackets have no place in a one-word answer; refusing them keeps
// the log and the CSV clean (the page renders text as text anyway).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001F\u007F<>]/

/** Word-cloud entries that differ only by case or spacing count as the same word. */
export function wordKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
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
      const entries = (list as string[]).map(text => text.trim().replace(/\s+/g, ' ')).filter(Boolean)
      if (entries.length === 0)
        return fail('answer is empty')
      if (entries.length > poll.maxEntries)
        return fail(`too many entries: at most ${poll.maxEntries}`)
      const tooLong = entries.find(text => [...text].length > poll.maxLength)
      if (tooLong !== undefined)
        return fail(`text too long: at most ${poll.maxLength} characters`)
      if (entries.some(text => UNSAFE_TEXT.test(text)))
        return fail('text contains characters that are not allowed (< > or control characters)')
      return { ok: true, answer: entries }
    }
  }
}
