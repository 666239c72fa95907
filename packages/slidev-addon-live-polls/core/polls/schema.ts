/**
 * The poll declaration, written once in a slide's frontmatter under `poll:` and read by the
 * server, the `<Poll>` component, the `/join` page and the facilitator guide.
 *
 *   poll:
 *     id: benefits-before            # kebab-case, unique in the deck
 *     kind: single                   # single | multiple | scale | wordcloud | quiz
 *     question: Which approach benefits the world most?
 *     options:                       # single, multiple, quiz
 *       - { id: open, label: Open source }
 *       - { id: closed, label: Closed }
 *     results: hidden                # hidden (default: no group-think) | live
 *
 * multiple adds `max`; quiz adds `correct` (an option id); scale may set `labels` (five, low to
 * high); wordcloud may set `maxLength` and `maxEntries`. `compareWith` names an earlier poll with
 * the same options, so the slide can show the shift between the two. `rounds: 2` (single,
 * multiple, quiz, scale) lets the presenter run a revote after discussion (peer instruction): the
 * slide then compares round 1 with round 2.
 */
import { z } from 'zod'

export const POLL_KINDS = [
  'single',
  'multiple',
  'scale',
  'wordcloud',
  'quiz',
] as const
export type PollKind = typeof POLL_KINDS[number]

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)').max(48)

export const pollOptionSchema = z.strictObject({
  id: kebabId,
  label: z.string().trim().min(1).max(120),
  /**
   * What the option stands for, drawn in the deck's colour for it (`--lp-meaning-<meaning>`), e.g.
   * `open` or `closed`. Declared, never guessed from the id; options without one are neutral.
   */
  meaning: kebabId.optional(),
})
export type PollOption = z.infer<typeof pollOptionSchema>

export const DEFAULT_SCALE_LABELS = [
  'Strongly disagree',
  'Disagree',
  'Neutral',
  'Agree',
  'Strongly agree',
] as const

const common = {
  id: kebabId,
  question: z.string().trim().min(1).max(300),
  // Opinion polls stay hidden until the presenter reveals them, so early votes do not steer later ones.
  results: z.enum(['hidden', 'live']).default('hidden'),
  compareWith: kebabId.optional(),
}

const options = z.array(pollOptionSchema).min(2).max(8)
/** Peer instruction: 2 allows a second round (discuss, then revote) after the first. */
const rounds = z.union([z.literal(1), z.literal(2)]).default(1)

export const pollSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('single'),
    options,
    rounds,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('multiple'),
    options,
    max: z.int().min(1),
    rounds,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('quiz'),
    options,
    correct: kebabId,
    rounds,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('scale'),
    labels: z.array(z.string().trim().min(1).max(40)).length(5).default([...DEFAULT_SCALE_LABELS]),
    rounds,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('wordcloud'),
    maxLength: z.int().min(1).max(60).default(24),
    maxEntries: z.int().min(1).max(5).default(1),
  }),
]).superRefine((poll, ctx) => {
  if (!('options' in poll))
    return
  const seen = new Set<string>()
  poll.options.forEach((option, index) => {
    if (seen.has(option.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'id'],
        message: `duplicate option id "${option.id}"`,
      })
    }
    seen.add(option.id)
  })
  if (poll.kind === 'multiple' && poll.max > poll.options.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['max'],
      message: `max (${poll.max}) is more than the ${poll.options.length} options`,
    })
  }
  if (poll.kind === 'quiz' && !seen.has(poll.correct)) {
    ctx.addIssue({
      code: 'custom',
      path: ['correct'],
      message: `"${poll.correct}" is not one of the option ids (${[...seen].join(', ')})`,
    })
  }
})

/** A validated poll, with defaults filled in. */
export type Poll = z.output<typeof pollSchema>
/** What an author may write in frontmatter (defaults optional). */
export type PollInput = z.input<typeof pollSchema>

export type PollOf<K extends PollKind> = Extract<Poll, { kind: K }>

/** "options.1.id: duplicate option id" — short, for error messages that name a file and slide. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map(issue => `${issue.path.length
      ? `${issue.path.join('.')}: `
      : ''}${issue.message}`)
    .join('; ')
}

/** Cross-poll checks: unique ids, and `compareWith` pointing at an earlier poll with the same options. */
export function deckIssues(polls: readonly Poll[]): { index: number, message: string }[] {
  const issues: { index: number, message: string }[] = []
  const byId = new Map<string, { poll: Poll, index: number }>()
  polls.forEach((poll, index) => {
    const first = byId.get(poll.id)
    if (first)
      issues.push({ index, message: `duplicate poll id "${poll.id}" (first declared by poll ${first.index + 1})` })
    else
      byId.set(poll.id, { poll, index })
  })
  polls.forEach((poll, index) => {
    if (!poll.compareWith)
      return
    const other = byId.get(poll.compareWith)
    if (!other || other.index >= index) {
      issues.push({ index, message: `compareWith "${poll.compareWith}" is not an earlier poll` })
      return
    }
    const ids = (p: Poll) => ('options' in p
      ? p.options.map(o => o.id).join(',')
      : p.kind)
    if (other.poll.kind !== poll.kind || ids(other.poll) !== ids(poll))
      issues.push({ index, message: `compareWith "${poll.compareWith}" must have the same kind and options` })
  })
  return issues
}
