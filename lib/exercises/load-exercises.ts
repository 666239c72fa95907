import type { Exercise, ExerciseProblem } from './exercise'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { expandContext, expandDeckText } from '../facts/deck-text'
import { ExerciseError } from './exercise'
import { parseExercise } from './parse-exercise'

export interface LoadExercisesOptions {
  /** Project root; exercise paths in messages are relative to it. Default: the working directory. */
  root?: string
  /** Folder of the exercise files, relative to root. Default: `exercises`. */
  dir?: string
}

/**
 * Every exercise file, parsed and checked across files (unique ids and numbers), or all the
 * problems. Fact references in the blocks and notes are expanded, as on the slides.
 */
export async function collectExercises(options: LoadExercisesOptions = {}): Promise<{ exercises: Exercise[], problems: ExerciseProblem[] }> {
  const root = resolve(options.root ?? '.')
  const dir = join(root, options.dir ?? 'exercises')
  const names = (await readdir(dir)).filter(name => name.endsWith('.md')).sort()
  const exercises: Exercise[] = []
  const problems: ExerciseProblem[] = []
  const facts = await expandContext(root)
  const expand = (text: string) => expandDeckText(text, facts)
  for (const name of names) {
    const file = relative(root, join(dir, name))
    const parsed = parseExercise(await readFile(join(dir, name), 'utf8'), file)
    problems.push(...parsed.problems)
    if (parsed.exercise) {
      const { prompt, steps, questions, solution, notes } = parsed.exercise
      exercises.push({ ...parsed.exercise, prompt: expand(prompt), steps: expand(steps), questions: expand(questions), solution: expand(solution), notes: notes.map(expand) })
    }
  }
  problems.push(...crossFileProblems(exercises))
  return { exercises, problems }
}

/** Like collectExercises, but throws an ExerciseError listing every problem. */
export async function loadExercises(options: LoadExercisesOptions = {}): Promise<Exercise[]> {
  const { exercises, problems } = await collectExercises(options)
  if (problems.length)
    throw new ExerciseError(problems)
  return exercises
}

export function crossFileProblems(exercises: readonly Exercise[]): ExerciseProblem[] {
  const problems: ExerciseProblem[] = []
  const ids = new Map<string, Exercise>()
  const numbers = new Map<number, Exercise>()
  for (const exercise of exercises) {
    const sameId = ids.get(exercise.id)
    if (sameId)
      problems.push({ file: exercise.file, line: 2, message: `duplicate id "${exercise.id}" (also in ${sameId.file}): give each exercise its own id` })
    const sameNumber = numbers.get(exercise.number)
    if (sameNumber)
      problems.push({ file: exercise.file, line: 1, message: `duplicate number ${String(exercise.number).padStart(2, '0')} (also ${sameNumber.file}): renumber one of them` })
    ids.set(exercise.id, sameId ?? exercise)
    numbers.set(exercise.number, sameNumber ?? exercise)
  }
  return problems
}
