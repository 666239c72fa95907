/**
 * Finds the releases a text names ("Gemma 4", "DeepSeek-R1", "Qwen3-Max"): a known brand followed
 * by a version token. A mention that no record's name or alias matches is a claim about a release
 * the registry does not know, which `npm run check` refuses: licences and dates change per
 * release, so every release the kit names needs its own record.
 */
import type { FactRegistry } from './registry.ts'

export interface ReleaseMention {
  /** The mention as written, e.g. "Gemma 4". */
  text: string
  /** 0-based column in the line. */
  column: number
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** After the brand: an optional space or hyphen, then a version ("4", "3.5", "R1", "K2.5", "J") and glued parts ("-Max", "-120b"). */
const VERSION = /^[ -]?(?:\d|[A-Za-z]\d|J\b)[\w.]*(?:-[A-Za-z0-9][\w.]*)*/

/** Parts of a line that never name a release: fact references, inline code, addresses and paths. */
function blankOut(line: string): string {
  const blank = (match: string) => ' '.repeat(match.length)
  return line
    .replace(/@facts?\([^)]*\)/g, blank)
    .replace(/`[^`]*`/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/\S*\/\S*/g, blank)
}

export function releaseMentions(line: string, brands: readonly string[]): ReleaseMention[] {
  if (!brands.length)
    return []
  const text = blankOut(line)
  const brand = new RegExp(`(?<![\\w-])(${brands.map(escape).join('|')})`, 'gi')
  const found: ReleaseMention[] = []
  for (const match of text.matchAll(brand)) {
    const rest = text.slice(match.index + match[0].length)
    const version = VERSION.exec(rest)
    if (!version)
      continue
    const written = text.slice(match.index, match.index + match[0].length + version[0].length).replace(/\.+$/, '')
    found.push({ text: written, column: match.index })
  }
  return found
}

/** Mentions in a text whose release has no record, each with its 1-based line. */
export function unknownReleases(text: string, facts: FactRegistry, skipLine: (line: string) => boolean = () => false): { line: number, text: string }[] {
  const unknown: { line: number, text: string }[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (skipLine(line))
      return
    for (const mention of releaseMentions(line, facts.brands)) {
      if (!facts.releaseNamed(mention.text))
        unknown.push({ line: index + 1, text: mention.text })
    }
  })
  return unknown
}
