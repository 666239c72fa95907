/**
 * Word-cloud entries the projector should not show until the presenter has looked at them.
 * Read from polls/blocklist.txt (one word a line, `#` starts a comment); an entry is held back
 * when any of its words is on the list. Offline: no service decides this.
 */
import { wordKey } from './answer.ts'

export function parseBlocklist(text: string): Set<string> {
  const words = new Set<string>()
  for (const line of text.split('\n')) {
    const word = wordKey(line.replace(/#.*/, ''))
    if (word)
      words.add(word)
  }
  return words
}

/** True when one of the entry's words (split on anything but letters, marks and digits) is listed. */
export function isBlocked(key: string, blocklist: ReadonlySet<string>): boolean {
  if (!blocklist.size)
    return false
  return blocklist.has(key) || key.split(/[^\p{L}\p{M}\p{N}]+/u).some(word => blocklist.has(word))
}
