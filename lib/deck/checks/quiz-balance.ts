import type { DeckCheck, DeckProblem } from '../types'

/** The longest option of a quiz may be at most this many times as long as the shortest. */
export const QUIZ_LENGTH_RATIO = 1.5

interface QuizLike {
  kind?: unknown
  options?: { id?: unknown, label?: unknown }[]
}

/**
 * Quiz options of balanced length: when the right answer is the one long, careful option, the
 * room picks it by its length. Measured in characters.
 */
export const checkQuizBalance: DeckCheck = deck => deck.slides.flatMap((slide): DeckProblem[] => {
  const poll = slide.frontmatter.poll as QuizLike | undefined
  if (poll?.kind !== 'quiz' || !Array.isArray(poll.options))
    return []
  const lengths = poll.options.map(option => String(option.label ?? '').length)
  const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)]
  if (longest <= shortest * QUIZ_LENGTH_RATIO)
    return []
  return [{
    file: slide.file,
    line: slide.fieldLines.poll ?? slide.line,
    slide: slide.no,
    message: `Poll: quiz options run from ${shortest} to ${longest} characters; keep the longest within ${QUIZ_LENGTH_RATIO}× the shortest, so length does not give the answer away`,
  }]
})
