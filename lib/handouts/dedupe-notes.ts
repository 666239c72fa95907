/**
 * Notes from many slides are merged into one guide; the same sentence written on two slides (an
 * exercise's notes and its debrief, a poll and its repeat) is printed once, where it first occurs.
 */
const SENTENCE = /(?<=[.!?:])\s+(?=["“(A-Z0-9])/

function key(sentence: string): string {
  return sentence.toLowerCase().replace(/^[-*\d.\s]+/, '').replace(/[*_`"“”]/g, '').replace(/\s+/g, ' ').trim()
}

export class NoteDeduper {
  private readonly seen = new Set<string>()

  /** The note's Markdown without the sentences already given; lines left empty are dropped. */
  take(markdown: string): string {
    const out: string[] = []
    for (const line of markdown.split('\n')) {
      if (!line.trim() || /^\s*\|/.test(line)) {
        out.push(line)
        continue
      }
      const prefix = /^\s*(?:[-*]|\d+\.)\s+/.exec(line)?.[0] ?? ''
      const kept = line.slice(prefix.length).split(SENTENCE).filter((sentence) => {
        const k = key(sentence)
        // Short fragments ("Sources:", "Ask:") are structure, not content worth deduplicating.
        if (k.split(' ').length < 5)
          return true
        if (this.seen.has(k))
          return false
        this.seen.add(k)
        return true
      })
      if (kept.length && kept.some(sentence => key(sentence)))
        out.push(`${prefix}${kept.join(' ')}`)
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  }
}
