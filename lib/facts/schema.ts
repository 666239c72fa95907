/**
 * The fact registry: every model release, policy date and other checked fact the workshop states,
 * declared once in `content/facts/*.yaml` and read by every output (spectrum, tables, timeline,
 * cards, notes, answers, sources, handouts). One record per release, never per brand: Gemma 3 and
 * Gemma 4 are two records with two licences.
 *
 *   facts:
 *     - id: gemma-4                  # kebab-case, unique across all fact files
 *       kind: release                # release | policy | finding
 *       name: Gemma 4                # how the deck names it
 *       claim: '...'                 # the fact, in our own words
 *       value: Apache-2.0            # the short answer
 *       date: 2026-04                # when it happened or applies: 2021, 2026-04 or 2026-04-02
 *       source: { title: ..., publisher: Google, url: https://... }
 *       checkedOn: 2026-12-03        # the day someone compared it with the source
 *       checkedAgainst: '...'        # what was read, so the next person can repeat it
 *       status: adopted              # adopted | proposal | announced | disputed
 *       volatility: high             # how likely it is to move: high | medium | low
 */
import { z } from 'zod'
import { typeset } from '../content/typography.ts'

export const FACT_STATUSES = ['adopted', 'proposal', 'announced', 'disputed'] as const
export type FactStatus = typeof FACT_STATUSES[number]

export const VOLATILITIES = ['high', 'medium', 'low'] as const
export type Volatility = typeof VOLATILITIES[number]

/** The four bands of the openness spectrum, from most closed to most open. */
export const BAND_IDS = ['closed-api', 'open-weights-restrictive', 'open-weights-permissive', 'osi-open-source'] as const
export type BandId = typeof BAND_IDS[number]

/** What the Open Source Initiative said about a release: its 2024 review, or nothing. */
export const OSI_VERDICTS = ['passed', 'fell-short', 'not-evaluated'] as const
export type OsiVerdict = typeof OSI_VERDICTS[number]

const kebabId = z.string({ error: 'is missing: add e.g. `id: gemma-4`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9 and single dashes), e.g. `id: gemma-4`' })

/** Text a reader sees: straight quotes typed in the file come out typographic (lib/content/typography.ts). */
function text(example: string, max: number) {
  return z.string({
    error: issue => issue.input === undefined
      ? `is missing: add e.g. \`${example}\``
      : `must be text, e.g. \`${example}\` (quote it if it contains a colon)`,
  }).trim().min(1, { error: `must not be empty, e.g. \`${example}\`` }).max(max, { error: `is too long: keep it under ${max} characters` }).transform(typeset)
}

/** Text that lands in Markdown tables and Mermaid labels: no pipes, no line breaks. */
function inline(example: string, max: number) {
  return text(example, max).refine(value => !/[|\n]/.test(value), { error: 'must not contain `|` or a line break (it is printed inside tables)' })
}

/** A date as precise as the source: `2021`, `2026-04` or `2026-04-02` (YAML reads them as text when quoted). */
const partialDate = z.union([z.string(), z.date(), z.number()], { error: 'must be a date: 2021, 2026-04 or 2026-04-02' })
  .transform(value => value instanceof Date ? value.toISOString().slice(0, 10) : String(value))
  .refine(value => /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(value), { error: 'must be a date: 2021, 2026-04 or 2026-04-02' })

const sourceSchema = z.strictObject({
  title: text('title: Gemma Terms of Use', 140),
  publisher: inline('publisher: Google', 60),
  url: z.url({ error: 'must be a full address, e.g. `url: https://ai.google.dev/gemma/terms`' }),
}, { error: 'must be `source: { title: ..., publisher: ..., url: https://... }`' })

export const clauseSchema = z.strictObject({
  /** Kebab-case, unique within the licence: cards name a clause by it. */
  id: kebabId,
  /** Where in the licence, e.g. `section 3.2` or `Attachment A`. */
  where: text('where: section 3.2', 80),
  /** The clause word for word (or a paraphrase with `quoted: false`). At most two sentences. */
  quote: text('quote: \'…the clause, word for word…\'', 420),
  quoted: z.boolean({ error: 'must be `quoted: true` (word for word) or `quoted: false` (a paraphrase)' }).default(true),
  /** What the clause decides, in our words: the sample answer's "clause that decides". */
  gist: inline('gist: \'Google may restrict use it believes breaches the terms\'', 160),
})

export const licenceSchema = z.strictObject({
  name: inline('name: Gemma Terms of Use', 80),
  version: inline('version: last modified 1 Apr 2026', 80),
  url: z.url({ error: 'must be a full address' }).optional(),
  clauses: z.array(clauseSchema, { error: 'must be a list of clauses' }).min(1, { error: 'needs at least one quoted clause' }),
})

const common = {
  id: kebabId,
  name: inline('name: Gemma 4', 80),
  /** A phrase for tables and slides, e.g. "Gemma 4 (Apr 2026): Apache-2.0"; the name when absent. */
  short: inline('short: \'Gemma 4 (Apr 2026): Apache-2.0\'', 120).optional(),
  claim: text('claim: \'Gemma 4 is released under Apache-2.0.\'', 320),
  value: inline('value: Apache-2.0', 60),
  date: partialDate,
  source: sourceSchema,
  checkedOn: partialDate,
  checkedAgainst: text('checkedAgainst: \'LICENSE in google-deepmind/gemma at HEAD\'', 400).optional(),
  status: z.enum(FACT_STATUSES, { error: `must be one of ${FACT_STATUSES.join(', ')}` }),
  volatility: z.enum(VOLATILITIES, { error: `must be one of ${VOLATILITIES.join(', ')}` }),
  /** Label on the deck's timeline (the record is left off it without one). */
  timeline: inline('timeline: \'Gemma 4, Apache-2.0\'', 44)
    .refine(value => !/[:;#]/.test(value), { error: 'must not contain `:`, `;` or `#` (Mermaid timeline syntax)' })
    .optional(),
}

export const releaseFactSchema = z.strictObject({
  ...common,
  kind: z.literal('release'),
  lab: inline('lab: Google', 40),
  /** The brand the release belongs to: the release-name check looks for it in the text. */
  brand: inline('brand: Gemma', 40),
  /** Other names the text may use for this release. */
  aliases: z.array(inline('- gpt-oss-120b', 60)).default([]),
  /** True when the article itself names the model. */
  inArticle: z.boolean().default(false),
  band: z.enum(BAND_IDS, { error: `must be one of ${BAND_IDS.join(', ')}` }).optional(),
  osi: z.enum(OSI_VERDICTS, { error: `must be one of ${OSI_VERDICTS.join(', ')}` }).default('not-evaluated'),
  /** Shown on the filled-in spectrum. */
  spectrum: z.boolean().default(false),
  licence: licenceSchema.optional(),
})

export const policyFactSchema = z.strictObject({
  ...common,
  kind: z.literal('policy'),
  jurisdiction: inline('jurisdiction: EU', 40),
})

export const findingFactSchema = z.strictObject({
  ...common,
  kind: z.literal('finding'),
})

export const factSchema = z.discriminatedUnion('kind', [releaseFactSchema, policyFactSchema, findingFactSchema], {
  error: 'needs `kind:` release, policy or finding',
})

export const factFileSchema = z.strictObject({
  facts: z.array(factSchema, { error: 'must be a list of fact records under `facts:`' }).min(1, { error: 'needs at least one record' }),
})

export type ReleaseFact = z.output<typeof releaseFactSchema>
export type PolicyFact = z.output<typeof policyFactSchema>
export type FindingFact = z.output<typeof findingFactSchema>
export type Fact = (ReleaseFact | PolicyFact | FindingFact) & {
  /** The file the record was read from, relative to the project root, and the line of its `id`. */
  file: string
  line: number
}
export type Release = Extract<Fact, { kind: 'release' }>
export type Licence = z.output<typeof licenceSchema>
export type Clause = z.output<typeof clauseSchema>
