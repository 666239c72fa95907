/**
 * The exercise declaration: the frontmatter of the first slide of each `exercises/NN-name.md`.
 * Declared once; the slides, the participant handout, the facilitator guide and the checks read it.
 *
 *   ---
 *   id: place-the-models              # kebab-case, the file name without its number
 *   title: Place the models
 *   minutes: 12                       # the exercise's planned minutes (the deck's timing too)
 *   groupSize: 3 to 4                 # or a number
 *   objectives: [ ... ]               # what participants can do afterwards
 *   materials: [ ... ]                # what to prepare; may be empty
 *   part: 'Exercise: place the models'
 *   kind: exercise
 *   layout: exercise
 *   worksheet:                        # optional: a blank table in the participant handout
 *     columns: [Model, Weights?, Licence?]
 *     rows: 10
 *   ---
 *
 * Later slides of the same file (debrief, sample answer) declare only slide fields, with `minutes: 0`
 * unless the exercise's minutes are split between its slides.
 */
import { z } from 'zod'
import { minutesProblem } from '../deck/frontmatter-rules'

// The type rule is the deck's own (lib/deck/frontmatter-rules.ts), so both say the same thing;
// an exercise's first slide must also plan some time.
const slideMinutes = z.unknown().superRefine((value, context) => {
  const problem = minutesProblem(value)
  if (problem)
    context.addIssue({ code: 'custom', message: problem, params: { rule: 'minutes' } })
}).transform(value => value as number)

const positiveMinutes = slideMinutes.refine(value => value > 0, { error: '`minutes` must be more than 0 on an exercise\'s first slide, e.g. `minutes: 12`' })

function text(example: string) {
  return z.string({
    error: issue => issue.input === undefined
      ? `is missing: add e.g. \`${example}\``
      : `must be text, e.g. \`${example}\``,
  }).trim().min(1, { error: `must not be empty, e.g. \`${example}\`` })
}

function textList(example: string, min: number) {
  return z.array(z.string().trim().min(1), {
    error: issue => issue.input === undefined
      ? `is missing: add a list, e.g. \`${example}\``
      : `must be a list of text items, e.g. \`${example}\``,
  }).min(min, { error: `needs at least ${min} item, e.g. \`${example}\`` })
}

/** Slide fields Slidev reads that an exercise slide may use. */
const slideFields = {
  kind: z.literal('exercise', { error: 'must be `kind: exercise` on every slide of an exercise' }),
  layout: z.string().optional(),
  class: z.string().optional(),
  transition: z.string().optional(),
  clicks: z.number().optional(),
  zoom: z.number().optional(),
  hideInToc: z.boolean().optional(),
}

export const exerciseFrontmatterSchema = z.strictObject({
  id: z.string({ error: 'is missing: add e.g. `id: place-the-models` (the file name without its number)' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9 and single dashes), e.g. `id: place-the-models`' }),
  title: text('title: Place the models'),
  minutes: positiveMinutes,
  groupSize: z.union([
    z.string().trim().min(1),
    z.number().int().positive(),
  ], {
    error: 'must say how many people work together, e.g. `groupSize: 3 to 4` or `groupSize: 1`',
  }),
  objectives: textList('objectives: [Tell open weights from open source]', 1),
  materials: textList('materials: [Handout, sticky notes]', 0),
  part: text('part: \'Exercise: place the models\''),
  /** Optional: a blank table for the participant handout, e.g. one row per model to place. */
  worksheet: z.strictObject({
    columns: z.array(z.string().trim().min(1)).min(2, { error: 'needs at least 2 column headings' }),
    rows: z.int().min(1).max(20, { error: 'at most 20 rows fit a page' }),
  }, { error: 'must be `worksheet: { columns: [Model, Licence], rows: 10 }`' }).optional(),
  ...slideFields,
})

export const exerciseFollowUpSlideSchema = z.strictObject({
  minutes: slideMinutes,
  title: z.string().optional(),
  ...slideFields,
})

export type ExerciseFrontmatter = z.output<typeof exerciseFrontmatterSchema>

/** Frontmatter keys an author may write on the first slide, for "did you mean" hints. */
export const exerciseFields = Object.keys(exerciseFrontmatterSchema.shape)
export const followUpFields = Object.keys(exerciseFollowUpSlideSchema.shape)
