import type { DeckCheck, DeckProblem } from '../types'
import { slideWordCount } from '../slide-words'

/** A slide the room reads at a glance: fewer words than this (tables excepted, see slide-words.ts). */
export const WORD_LIMIT = 60

/** Every slide stays under the word limit, so the room listens instead of reading. */
export const checkWords: DeckCheck = deck => deck.slides.flatMap((slide): DeckProblem[] => {
  const words = slideWordCount(slide)
  return words >= WORD_LIMIT
    ? [{ file: slide.file, line: slide.line, slide: slide.no, message: `Words: ${words} words on the slide; keep it under ${WORD_LIMIT} (move detail to the notes, or make it a table)` }]
    : []
})
