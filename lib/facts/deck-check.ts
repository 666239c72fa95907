/**
 * The fact checks `npm run check` runs:
 * - every fact file validates (`file:line`), and every `@fact(id)` reference in the deck, every
 *   FAQ answer's record and every block name resolves;
 * - every release the deck, the cards, the FAQ and the records name has a record of its own
 *   (see release-names.ts);
 * - records checked more than 90 days before today are listed as warnings: they do not fail the
 *   check, but tell the presenter what to re-check.
 */
import type { Deck, DeckCheck, DeckProblem } from '../deck/types.ts'
import type { FactRegistry } from './registry.ts'
import type { Fact } from './schema.ts'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { CARDS_DIR, collectCardSets } from '../cards/load-cards.ts'
import { comparisonOf } from '../content/comparison.ts'
import { collectFaq, FAQ_FILE } from '../content/faq.ts'
import { FACT_BLOCKS } from './blocks/index.ts'
import { FACT_FIELDS, factReferences } from './expand.ts'
import { collectFacts, FACTS_DIR } from './load-facts.ts'
import { daysSinceChecked, formatFactDate, staleFacts, UnknownFactError } from './registry.ts'
import { unknownReleases } from './release-names.ts'

/** How old a check may be before the presenter is told to repeat it. */
export const STALE_AFTER_DAYS = 90

/** The Markdown files the deck is built from, in order. */
export function deckFiles(deck: Deck): string[] {
  return [...new Set([deck.entry, ...deck.slides.map(slide => slide.file)])]
}

function read(deck: Deck, file: string): string {
  return readFileSync(join(deck.root, file), 'utf8')
}

/** Broken `@fact(…)` references in one text. */
export function referenceProblems(text: string, file: string, facts: FactRegistry): DeckProblem[] {
  return factReferences(text).flatMap((ref): DeckProblem[] => {
    if (ref.block !== undefined) {
      return FACT_BLOCKS[ref.block]
        ? []
        : [{ file, line: ref.line, message: `Facts: no block "@facts(${ref.block})": use one of ${Object.keys(FACT_BLOCKS).join(', ')}` }]
    }
    if (!facts.lookup(ref.id))
      return [{ file, line: ref.line, message: `Facts: no record "${ref.id}" in ${FACTS_DIR}/: add it or fix the id` }]
    if (ref.field !== undefined && !(FACT_FIELDS as readonly string[]).includes(ref.field))
      return [{ file, line: ref.line, message: `Facts: "@fact(${ref.id}.${ref.field})" asks for an unknown field: use one of ${FACT_FIELDS.join(', ')}` }]
    return []
  })
}

/** Outputs that name records in code (the comparison table) and every block, built once: a missing record is reported, not thrown at a slide. */
export function outputProblems(facts: FactRegistry, cards: Parameters<typeof FACT_BLOCKS[string]>[0]['cards']): DeckProblem[] {
  const outputs: [string, () => unknown][] = [
    ['lib/content/comparison.ts', () => comparisonOf(facts)],
    ...Object.entries(FACT_BLOCKS).map(([name, block]): [string, () => unknown] => [`lib/facts/blocks (@facts(${name}))`, () => block({ facts, cards })]),
  ]
  return outputs.flatMap(([file, build]): DeckProblem[] => {
    try {
      build()
      return []
    }
    catch (error) {
      if (error instanceof UnknownFactError)
        return [{ file, line: 1, message: `Facts: ${error.message}` }]
      throw error
    }
  })
}

/** One warning per record checked more than `maxDays` before `today`. */
export function staleWarnings(facts: readonly Fact[], today: Date, maxDays = STALE_AFTER_DAYS): DeckProblem[] {
  return staleFacts(facts, today, maxDays).map(fact => ({
    file: fact.file,
    line: fact.line,
    warning: true,
    message: `Facts: "${fact.id}" was last checked ${formatFactDate(fact.checkedOn)}, ${daysSinceChecked(fact, today)} days ago: re-check it against ${fact.source.publisher}, ${fact.source.title}, and update \`checkedOn\``,
  }))
}

export const checkFacts: DeckCheck = async (deck) => {
  const { registry, problems } = await collectFacts(deck.root)
  const found: DeckProblem[] = problems.map(problem => ({ ...problem, message: `Facts: ${problem.message}` }))
  for (const file of deckFiles(deck))
    found.push(...referenceProblems(read(deck, file), file, registry))
  const faq = await collectFaq(deck.root)
  found.push(...faq.problems.map(problem => ({ ...problem, message: `FAQ: ${problem.message}` })))
  for (const question of faq.questions) {
    for (const id of question.facts.filter(id => !registry.lookup(id)))
      found.push({ file: FAQ_FILE, line: question.line, message: `FAQ: "${question.id}" rests on "${id}", which is not a record in ${FACTS_DIR}/` })
  }
  found.push(...outputProblems(registry, (await collectCardSets(deck.root)).sets))
  found.push(...staleWarnings(registry.facts, new Date()))
  return found
}

// YAML keys that hold ids, names and addresses rather than prose.
const YAML_NON_PROSE = /^\s*(?:-\s*)?(?:id|release|clause|evidence|facts|brand|url|aliases|name)\s*:/

/** Release names without a record in one file's text, as problems at their lines. */
export function releaseNameProblems(text: string, file: string, facts: FactRegistry): DeckProblem[] {
  const skip = file.endsWith('.yaml') ? (line: string) => YAML_NON_PROSE.test(line) : undefined
  return unknownReleases(text, facts, skip).map(({ line, text: name }) => ({
    file,
    line,
    message: `Facts: "${name}" names a release without a record in ${FACTS_DIR}/: add one (kind: release, with its licence and source) or name a release that has one`,
  }))
}

export const checkReleaseNames: DeckCheck = async (deck) => {
  const { registry } = await collectFacts(deck.root)
  const yamlFiles = async (dir: string) => (await readdir(join(deck.root, dir)).catch(() => [] as string[])).filter(name => /\.ya?ml$/.test(name)).sort().map(name => `${dir}/${name}`)
  const files = [...deckFiles(deck), ...await yamlFiles(CARDS_DIR), ...await yamlFiles(FACTS_DIR), FAQ_FILE]
  return files.flatMap((file) => {
    let text: string
    try {
      text = read(deck, file)
    }
    catch {
      return []
    }
    return releaseNameProblems(text, file, registry)
  })
}
