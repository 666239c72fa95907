/**
 * The gate, Vite, Slidev and sirv must all see one and the same path. A raw path with dot segments
 * (`/x/../y`), an empty segment (`//`), a backslash, or a slash, dot, backslash or NUL written as a
 * percent-escape can be read two ways: URL parsing collapses it, a prefix or regular expression
 * further on does not. Such a path has no honest use here, so it is refused before any rule reads
 * it, and every later rule matches the decoded form of a path known to be plain.
 */

const ESCAPED = /%(?:2e|2f|5c|00)/i

export type PathShape = { ok: true, path: string } | { ok: false, problem: string }

/** The request target's path, decoded, or why it is refused (a 400). */
export function readPath(target: string | undefined): PathShape {
  const raw = (target ?? '').replace(/[?#].*$/s, '')
  if (!raw.startsWith('/'))
    return { ok: false, problem: 'the address must be a path starting with /' }
  if (raw.includes('\\'))
    return { ok: false, problem: 'the address holds a backslash' }
  if (raw.includes('//'))
    return { ok: false, problem: 'the address holds an empty segment (//)' }
  if (ESCAPED.test(raw))
    return { ok: false, problem: 'the address holds an escaped dot, slash, backslash or NUL' }
  if (raw.split('/').some(segment => segment === '.' || segment === '..'))
    return { ok: false, problem: 'the address holds a dot segment (. or ..)' }
  try {
    return { ok: true, path: decodeURIComponent(raw) }
  }
  catch {
    return { ok: false, problem: 'the address has a broken percent-encoding (such as %E0%A4%A)' }
  }
}
