/**
 * Card sets: printed as cut-out cards by `npm run handouts` and shown on the slides that use them.
 * One YAML file per set in `content/cards/<set-id>.yaml`, edited by facilitators; the file name is
 * the set's id, which exercises name in `materials: [{ cards: <set-id> }]`.
 *
 *   kind: scenario            # licence | scenario | role | fact | term
 *   title: Scenarios          # the heading on the card sheet
 *   intro: One line for participants.
 *   cards:
 *     - id: hospital-triage   # kebab-case, unique in the set
 *       ...                   # the fields of the kind (below)
 */
import { z } from 'zod'

const kebabId = z.string({ error: 'is missing: add e.g. `id: hospital-triage`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9 and single dashes), e.g. `id: hospital-triage`' })

function text(example: string, max = 400) {
  return z.string({
    error: issue => issue.input === undefined
      ? `is missing: add e.g. \`${example}\``
      : `must be text, e.g. \`${example}\` (quote it if it contains a colon)`,
  }).trim().min(1, { error: `must not be empty, e.g. \`${example}\`` }).max(max, { error: `is too long for a card: keep it under ${max} characters` })
}

/**
 * A licence card quotes one clause of one release's licence. The clause, the licence's name and
 * version and the release's band all live in the release's fact record (content/facts/), so a
 * card cannot quote one version while the spectrum places another.
 */
export const licenceCardSchema = z.strictObject({
  id: kebabId,
  /** Id of the release's record in content/facts/, e.g. `gemma-3`. */
  release: kebabId,
  /** Id of the clause in that record's `licence.clauses`. */
  clause: kebabId,
})

export const scenarioCardSchema = z.strictObject({
  id: kebabId,
  title: text('title: Hospital triage assistant', 60),
  situation: text('situation: \'A hospital wants...\'', 260),
  facts: z.array(text('- A wrong answer harms a patient.', 140), { error: 'must be a list of short facts' }).min(1).max(4, { error: 'at most 4 facts fit a card' }),
  /** The sample answer, for the facilitator only. */
  choice: z.enum(['open', 'closed', 'hybrid'], { error: 'must be `open`, `closed` or `hybrid`' }),
  why: text('why: \'High risk, so...\'', 400),
})

export const roleCardSchema = z.strictObject({
  id: kebabId,
  title: text('title: Startup founder', 60),
  interests: text('interests: Build cheaply', 200),
  constraints: text('constraints: No budget', 200),
  /** Id of the fact record the role argues from: its claim and source print on the card. */
  evidence: kebabId,
})

/** A fact card: a title over the claims of the fact records it lists, with their sources. */
export const factCardSchema = z.strictObject({
  id: kebabId,
  title: text('title: Key dates', 60),
  facts: z.array(kebabId, { error: 'must be a list of fact record ids, e.g. `facts: [eu-gpai-duties]`' }).min(1).max(4, { error: 'at most 4 facts fit a card' }),
})

export const termCardSchema = z.strictObject({
  id: kebabId,
  term: text('term: Weights', 40),
  definition: text('definition: \'The numbers a model learnt\'', 260),
  source: text('source: \'AI Act, Article 51\'', 120).optional(),
})

function set<K extends string, C extends z.ZodType>(kind: K, card: C) {
  return z.strictObject({
    kind: z.literal(kind),
    title: text('title: Scenarios', 80),
    intro: text('intro: One line for participants.', 200),
    cards: z.array(card, { error: 'must be a list of cards' }).min(1, { error: 'needs at least one card' }),
  })
}

export const cardSetFileSchema = z.discriminatedUnion('kind', [
  set('licence', licenceCardSchema),
  set('scenario', scenarioCardSchema),
  set('role', roleCardSchema),
  set('fact', factCardSchema),
  set('term', termCardSchema),
], { error: 'needs `kind:` licence, scenario, role, fact or term' })

export type CardSetFile = z.output<typeof cardSetFileSchema>
export type CardKind = CardSetFile['kind']
export type LicenceCard = z.output<typeof licenceCardSchema>
export type ScenarioCard = z.output<typeof scenarioCardSchema>
export type RoleCard = z.output<typeof roleCardSchema>
export type FactCard = z.output<typeof factCardSchema>
export type TermCard = z.output<typeof termCardSchema>

/** A validated card set, with its id (the file name) and where it was read from. */
export type CardSet = CardSetFile & {
  id: string
  /** Path relative to the project root, e.g. `content/cards/scenarios.yaml`. */
  file: string
}
