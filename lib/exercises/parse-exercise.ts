import type { SourceSlideInfo } from '@slidev/types'
import type { z } from 'zod'
import type { BlockName, Exercise, ExerciseBlock, ExerciseProblem } from './exercise'
import { parseSync } from '@slidev/parser'
import { unclosedFlowLine, yamlHint } from '../deck/frontmatter-rules'
import { findBlocks } from './blocks'
import { BLOCK_NAMES } from './exercise'
import { exerciseFields, exerciseFollowUpSlideSchema, exerciseFrontmatterSchema, followUpFields } from './schema'

/** `01-place-the-models.md` → number 1, slug `place-the-models`. */
export const EXERCISE_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/

export interface ParsedExercise {
  exercise?: Exercise
  problems: ExerciseProblem[]
}

/**
 * Parses one exercise file with Slidev's own parser (so slides, frontmatter and presenter notes
 * split exactly as in the deck), validates it and returns the exercise or the problems, each with
 * the file, the line and what to change.
 */
export function parseExercise(markdown: string, file: string): ParsedExercise {
  const problems: ExerciseProblem[] = []
  const lines = markdown.split(/\r?\n/)
  const name = file.split('/').at(-1) ?? file
  const fileMatch = EXERCISE_FILE.exec(name)
  if (!fileMatch)
    problems.push({ file, line: 1, message: 'exercise files are named like `01-place-the-models.md` (two digits, a dash, the id): rename the file' })

  const slides = parseSync(markdown, file).slides
  if (!slides.length) {
    return {
      problems: [
        ...problems,
        { file, line: 1, message: 'the file is empty: start it with a frontmatter block (see exercises/01-place-the-models.md)' },
      ],
    }
  }

  const [first, ...rest] = slides
  const yamlProblems = slides.flatMap(slide => yamlErrors(slide, file))
  if (yamlProblems.length) {
    return {
      problems: [
        ...problems,
        ...yamlProblems,
      ],
    }
  }

  const head = exerciseFrontmatterSchema.safeParse(first.frontmatter)
  if (!head.success)
    problems.push(...zodProblems(head.error, first, file, exerciseFields))
  rest.forEach((slide) => {
    const result = exerciseFollowUpSlideSchema.safeParse(slide.frontmatter)
    if (!result.success)
      problems.push(...zodProblems(result.error, slide, file, followUpFields, 'on a later slide of an exercise'))
  })

  const blocks: ExerciseBlock[] = []
  for (const slide of slides) {
    const found = findBlocks(lines, slide.contentStart, slide.end, file)
    blocks.push(...found.blocks)
    problems.push(...found.problems)
  }
  const byName = new Map<BlockName, ExerciseBlock>()
  for (const block of blocks) {
    const earlier = byName.get(block.name)
    if (earlier)
      problems.push({ file, line: block.line, message: `a second ::${block.name} block (the first is on line ${earlier.line}): merge them into one` })
    else if (!block.markdown)
      problems.push({ file, line: block.line, message: `the ::${block.name} block is empty: write its text between \`::${block.name}\` and \`::\`` })
    byName.set(block.name, earlier ?? block)
  }
  for (const blockName of BLOCK_NAMES) {
    if (!byName.has(blockName))
      problems.push({ file, line: first.contentStart + 1, message: `no ::${blockName} block: add one (a line \`::${blockName}\`, its text, then a line \`::\`)` })
  }
  const notes = slides.map(slide => slide.note?.trim() ?? '')
  if (!notes[0])
    problems.push({ file, line: first.end, message: 'no facilitator notes on the first slide: end the slide with an HTML comment `<!-- notes for the facilitator -->`' })

  if (fileMatch && head.success && head.data.id !== fileMatch[2]) {
    problems.push({
      file,
      line: keyLine(first, 'id'),
      message: `id "${head.data.id}" does not match the file name: use \`id: ${fileMatch[2]}\` or rename the file`,
    })
  }

  if (problems.length || !head.success || !fileMatch)
    return { problems }

  const text = (blockName: BlockName) => byName.get(blockName)?.markdown ?? ''
  const totalMinutes = slides.reduce((sum, slide) => sum + (typeof slide.frontmatter.minutes === 'number'
    ? slide.frontmatter.minutes
    : 0), 0)
  return {
    problems,
    exercise: {
      ...head.data,
      file,
      number: Number(fileMatch[1]),
      totalMinutes,
      prompt: text('exercise-prompt'),
      steps: text('exercise-steps'),
      questions: text('exercise-questions'),
      solution: text('exercise-solution'),
      notes: notes.filter(Boolean),
      slideCount: slides.length,
    },
  }
}

/** 1-based line of a frontmatter key, or of the slide's opening `---` when the key is absent. */
function keyLine(slide: SourceSlideInfo, key: string): number {
  const opening = slide.start + 1
  const raw = slide.frontmatterRaw ?? ''
  const at = raw.split('\n').findIndex(line => new RegExp(`^${key}\\s*:`).test(line))
  return at >= 0
    ? opening + 1 + at
    : opening
}

function yamlErrors(slide: SourceSlideInfo, file: string): ExerciseProblem[] {
  const errors = slide.frontmatterDoc?.errors ?? []
  return errors.map(error => ({
    file,
    line: /flow/i.test(error.message)
      ? unclosedFlowLine((slide.frontmatterRaw ?? '').split('\n'), slide.start + 2, slide.start + 1 + (error.linePos?.[0]?.line ?? 1))
      : slide.start + 1 + (error.linePos?.[0]?.line ?? 1),
    message: `the frontmatter is not valid YAML (${error.message.split('\n')[0]}): ${yamlHint(error.message)}`,
    deckRule: 'yaml' as const,
  }))
}

function zodProblems(error: z.ZodError, slide: SourceSlideInfo, file: string, known: readonly string[], where = ''): ExerciseProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(key => ({
        file,
        line: keyLine(slide, key),
        message: `unknown field \`${key}\`${where
          ? ` ${where}`
          : ''}: ${suggest(key, known)}`,
      }))
    }
    const key = String(issue.path[0] ?? '')
    // The shared minutes rule words its whole message; the deck's minutes check reports it too.
    const shared = issue.code === 'custom' && (issue as { params?: { rule?: string } }).params?.rule === 'minutes'
    return [
      {
        file,
        line: keyLine(slide, key),
        message: shared ? issue.message : `\`${issue.path.join('.')}\` ${issue.message}`,
        ...(shared ? { deckRule: 'minutes' as const } : {}),
      },
    ]
  })
}

function suggest(key: string, known: readonly string[]): string {
  const close = known.find(candidate => distance(candidate.toLowerCase(), key.toLowerCase()) <= 2)
  return close
    ? `did you mean \`${close}\`?`
    : `remove it, or use one of ${known.join(', ')}`
}

/** Levenshtein distance, for "did you mean" hints on misspelt fields. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1]
        ? 0
        : 1))
    }
    previous = current
  }
  return previous[b.length]
}
