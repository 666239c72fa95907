import type { ExerciseFrontmatter } from './schema'

/** The marked blocks of an exercise body, in the order participants meet them. */
export const BLOCK_NAMES = [
  'exercise-prompt',
  'exercise-steps',
  'exercise-questions',
  'exercise-solution',
] as const
export type BlockName = typeof BLOCK_NAMES[number]

/** Blocks participants see (on the slide and in the handout); the rest is for facilitators only. */
export const PARTICIPANT_BLOCKS: readonly BlockName[] = ['exercise-prompt', 'exercise-steps', 'exercise-questions']

export interface ExerciseBlock {
  name: BlockName
  /** The block's Markdown, as written between `::name` and `::`. */
  markdown: string
  /** 1-based line of the `::name` line. */
  line: number
}

/** One exercise, parsed from its file; every output is derived from this. */
export interface Exercise extends ExerciseFrontmatter {
  /** Path of the source file, relative to the project root (e.g. `exercises/01-place-the-models.md`). */
  file: string
  /** Number from the file name (1 for `01-...`), the order of the exercise in the workshop. */
  number: number
  /** Sum of the minutes of all the exercise's slides. */
  totalMinutes: number
  prompt: string
  steps: string
  questions: string
  solution: string
  /** Facilitator notes: the presenter notes of each slide of the exercise, in order. */
  notes: string[]
  /** Number of slides the exercise file holds. */
  slideCount: number
}

/** A problem in an exercise file, pointing at the line to change. */
export interface ExerciseProblem {
  file: string
  line: number
  message: string
  /** Set when the deck checks own this rule too (YAML syntax, `minutes`): `npm run check` reports it once. */
  deckRule?: 'yaml' | 'minutes'
}

export function formatProblem(problem: ExerciseProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`
}

export class ExerciseError extends Error {
  constructor(readonly problems: readonly ExerciseProblem[]) {
    super(`Exercise problem${problems.length > 1
      ? 's'
      : ''}:\n${problems.map(p => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'ExerciseError'
  }
}
