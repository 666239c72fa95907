import type { DeckCheck, DeckProblem } from '../types'

// The preparser adds "Planned: N min" to every slide's notes; that alone is not a talking point.
const PLANNED_LINE = /^\**\s*Planned:.*$/gim

export function hasTalkingPoints(note: string): boolean {
  return note.replace(PLANNED_LINE, '').trim().length > 0
}

/** Every slide carries presenter notes: the talking points a facilitator needs in front of a class. */
export const checkNotes: DeckCheck = deck => deck.slides
  .filter(slide => !hasTalkingPoints(slide.note))
  .map((slide): DeckProblem => ({
    file: slide.file,
    line: slide.line,
    slide: slide.no,
    message: 'Notes: no presenter notes (add talking points as the last <!-- --> comment of the slide)',
  }))
