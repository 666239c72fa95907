/**
 * The deck check for exercises: every file in exercises/ parses and validates, and the deck
 * includes each one exactly once. Returns messages "file:line: what to change"; empty means fine.
 *
 *   const problems = await checkExercises()   // from the project root
 */
import type { ExerciseProblem } from './exercise'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { formatProblem } from './exercise'
import { collectExercises } from './load-exercises'

export async function checkExercises(root = '.', slidesPath = 'slides.md'): Promise<string[]> {
  const projectRoot = resolve(root)
  const { exercises, problems } = await collectExercises({ root: projectRoot })
  const entry = resolve(projectRoot, slidesPath)
  const deck = await load({
    roots: [projectRoot],
    userRoot: projectRoot,
  }, entry)
  const includedFirstSlides = new Map<string, number>()
  for (const slide of deck.slides) {
    const file = relative(projectRoot, slide.source.filepath)
    if (slide.source.index === 0)
      includedFirstSlides.set(file, (includedFirstSlides.get(file) ?? 0) + 1)
  }
  const deckProblems: ExerciseProblem[] = []
  for (const exercise of exercises) {
    const times = includedFirstSlides.get(exercise.file) ?? 0
    if (times !== 1) {
      deckProblems.push({ file: exercise.file, line: 1, message: `the deck includes this exercise ${times} times: ${times
        ? 'keep one'
        : `add it to ${slidesPath} with \`src: ./${exercise.file}\``}` })
    }
  }
  return [
    ...problems,
    ...deckProblems,
  ].map(formatProblem)
}

// `tsx lib/exercises/check.ts` prints the problems and exits 1, or prints a one-line summary.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  checkExercises().then((problems) => {
    if (problems.length) {
      console.error(`Exercises:\n${problems.map(p => `  ${p}`).join('\n')}`)
      process.exit(1)
    }
    console.log('Exercises: all valid and included in the deck')
  })
}
