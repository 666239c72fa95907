import type { DeckCheck, DeckProblem } from '../types'
import { minutesProblem } from '../frontmatter-rules'

/**
 * Every slide plans its `minutes:` (a number, 0 or more), and they add up to the headmatter's
 * `workshopMinutes`, so the agenda, the notes and the handouts promise a workshop that fits.
 */
export const checkMinutes: DeckCheck = (deck) => {
  const problems: DeckProblem[] = []
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
  else if (problems.length === 0 && Math.abs(total - planned) > 1e-9) {
    const diff = total - planned
    problems.push({
      file: deck.entry,
      line: 1,
      message: `Timing: the slides' minutes add up to ${total}, not workshopMinutes ${planned} (${diff > 0 ? `cut ${diff}` : `add ${-diff}`} min)`,
    })
  }
  return problems
}
