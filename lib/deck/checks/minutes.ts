import type { Deck, DeckProblem } from '../types'
import { bufferMinutes } from '../../agenda'
import { minutesProblem } from '../frontmatter-rules'

/**
 * Every slide plans its `minutes:` (a number, 0 or more), and they add up to the headmatter's
 * `workshopMinutes` less the buffer planned on no slide (headmatter `livePolls.bufferMinutes`), so the agenda, the notes
 * and the handouts promise a workshop that fits with room to spare.
 */
export function checkMinutes(deck: Deck): DeckProblem[] {
  const problems: DeckProblem[] = []
  const buffer = bufferMinutes(deck.headmatter)
  let total = 0
  for (const slide of deck.slides) {
    const minutes = slide.frontmatter.minutes
    const problem = minutesProblem(minutes)
    if (problem)
      problems.push({ file: slide.file, line: slide.fieldLines.minutes ?? slide.line, slide: slide.no, message: `Frontmatter: ${problem}` })
    else
      total += minutes as number
  }
  const planned = deck.headmatter.workshopMinutes
  if (typeof planned !== 'number' || !Number.isFinite(planned) || planned <= 0) {
    problems.push({ file: deck.entry, line: 1, message: 'Headmatter: `workshopMinutes:` must be the workshop length in minutes' })
  }
  else if (problems.length === 0 && Math.abs(total + buffer - planned) > 1e-9) {
    const diff = total + buffer - planned
    problems.push({
      file: deck.entry,
      line: 1,
      message: `Timing: the slides' minutes add up to ${total}, not workshopMinutes ${planned} less the ${buffer}-minute buffer (${diff > 0 ? `cut ${diff}` : `add ${-diff}`} min)`,
    })
  }
  return problems
}
