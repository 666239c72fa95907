/**
 * Typographic quotes for text the room reads: straight quotes typed in a record or a card become
 * ‘ ’ “ ” (an apostrophe inside or after a word is ’), so slides, cards and handouts never mix the
 * two. Applied where text enters the kit from data (the fact records), not to addresses or ids.
 */

const OPENS_AFTER = /[\s([{‘“—–/-]/

export function typeset(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const before = i === 0 ? ' ' : text[i - 1]!
    const after = text[i + 1] ?? ' '
    const opening = OPENS_AFTER.test(before) || i === 0
    if (ch === '\'')
      out += opening && /[\p{L}\p{N}[(]/u.test(after) ? '‘' : '’'
    else if (ch === '"')
      out += opening ? '“' : '”'
    else
      out += ch
  }
  return out
}
