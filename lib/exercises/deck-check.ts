/**
 * The exercise check in the shape `npm run check` runs (lib/deck/checks): every exercise file
 * parses and validates, and the deck includes each one once. Problems carry file, line and slide.
 */
import type { Deck, DeckCheck, DeckProblem } from '../deck/types'
import { collectExercises } from './load-exercises'

export const checkExercises: DeckCheck = async (deck: Deck) => {
  const { exercises, problems } = await collectExercises({ root: deck.root })
  const firstSlide = (file: string) => deck.slides.find(slide => slide.file === file && slide.line === 1)?.no
  // YAML syntax and `minutes` are the frontmatter and minutes checks' rules: one message each.
  const found: DeckProblem[] = problems.filter(problem => !problem.deckRule).map(({ deckRule: _, ...problem }) => ({
    ...problem,
    slide: deck.slides.filter(slide => slide.file === problem.file && slide.line <= problem.line).at(-1)?.no,
  }))
  for (const exercise of exercises) {
    const times = deck.slides.filter(slide => slide.file === exercise.file && slide.line === 1).length
    if (times !== 1) {
      found.push({
        file: exercise.file,
        line: 1,
        slide: firstSlide(exercise.file),
        message: `Exercises: the deck includes this exercise ${times} times: ${times ? 'keep one `src:` include' : `add it to ${deck.entry} with \`src: ./${exercise.file}\``}`,
      })
    }
  }
  return found
}
