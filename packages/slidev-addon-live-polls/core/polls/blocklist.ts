/**
 * Word-cloud entries the projector should not show until the presenter has looked at them.
 * Read from polls/blocklist.txt (one word a line, `#` starts a comment); an entry is held back
 * when any of its words, or all its words run together, is on the list. Offline: no service
 * decides this.
 *
 * Entries and list are compared by their skeletons: compatibility forms folded (fullwidth and
 * mathematical letters), look-alikes from other scripts mapped to the letter they imitate with
 * Unicode's confusables data (Cyrillic а for Latin a), accents dropped, case ignored.
 */
import unhomoglyph from 'unhomoglyph'
import { normalizeEntry } from './answer.ts'

/** The form an entry is compared in: two texts a reader takes for the same word have the same one. */
export function skeleton(text: string): string {
  const folded = (normalizeEntry(text) ?? '').normalize('NFKC').normalize('NFD')
  // Mapped before and after lower-casing, so a capital look-alike and a small one both land on their letter.
  const mapped = unhomoglyph(unhomoglyph(folded).toLowerCase().normalize('NFD'))
  return mapped.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function parseBlocklist(text: string): Set<string> {
  const words = new Set<string>()
  for (const line of text.split('\n')) {
    const word = skeleton(line.replace(/#.*/, ''))
    if (word)
      words.add(word)
  }
  return words
}

/**
 * True when the entry, one of its words (split on anything but letters and digits) or its words
 * run together is listed. `blocklist` holds skeletons (parseBlocklist).
 */
export function isBlocked(key: string, blocklist: ReadonlySet<string>): boolean {
  if (!blocklist.size)
    return false
  const shape = skeleton(key)
  const words = shape.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return blocklist.has(shape) || words.some(word => blocklist.has(word)) || blocklist.has(words.join(''))
}
