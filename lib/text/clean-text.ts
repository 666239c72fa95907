/**
 * Cleans text a participant typed (questions; the same rules suit any free text): one Unicode form
 * (NFC), no invisible or direction-changing characters that could disguise it, no control
 * characters, single spaces, and a length limit counted in characters, not UTF-16 units.
 */
export type CleanText = { ok: true, text: string } | { ok: false, error: string }

// Zero-width characters, bidi controls and the BOM: invisible, or able to reorder what is shown.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function cleanText(raw: unknown, limits: { max: number, min?: number }): CleanText {
  if (typeof raw !== 'string')
    return { ok: false, error: 'text must be a string' }
  if (LONE_SURROGATE.test(raw))
    return { ok: false, error: 'text is not valid Unicode' }
  const text = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const length = [...text].length
  if (length === 0)
    return { ok: false, error: 'text is empty' }
  if (length < (limits.min ?? 1))
    return { ok: false, error: `text too short: at least ${limits.min} characters` }
  if (length > limits.max)
    return { ok: false, error: `text too long: at most ${limits.max} characters` }
  return { ok: true, text }
}
