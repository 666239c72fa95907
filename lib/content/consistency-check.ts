/**
 * Claims that must agree with the declared content data, checked by `npm run check`:
 * - a sample-answer table with a `Band` column (exercise 1) places each model where its release
 *   record (content/facts/, `band:`) does;
 * - a sample-answer table with a `Choice` column (exercise 2) chooses for each scenario what its
 *   scenario card (content/cards/*.yaml) says;
 * - the slides never put a model of the spectrum in a different band by name (e.g. "GPT-J" under
 *   "Open source (OSI definition)") in a table with a band column.
 * The comparison table's examples and the licence cards' bands are read from the records themselves.
 */
import type { CardSet, ScenarioCard } from '../cards/schema'
import type { Deck, DeckCheck, DeckProblem } from '../deck/types'
import type { Exercise } from '../exercises/exercise'
import type { FactRegistry } from '../facts/registry'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectCardSets } from '../cards/load-cards'
import { collectExercises } from '../exercises/load-exercises'
import { collectFacts } from '../facts/load-facts'
import { levelOf, levels } from './spectrum'

export interface MarkdownTable {
  header: string[]
  rows: { cells: string[], raw: string }[]
}

/** Pipe tables of a Markdown text, each row with its cells and its raw line. */
export function markdownTables(markdown: string): MarkdownTable[] {
  const tables: MarkdownTable[] = []
  const lines = markdown.split('\n')
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map(cell => cell.replace(/\*\*/g, '').trim())
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].trim().startsWith('|') || !/^\s*(?:\|\s*)?:?-{3,}/.test(lines[i + 1]))
      continue
    const table: MarkdownTable = { header: cells(lines[i]), rows: [] }
    let j = i + 2
    for (; j < lines.length && lines[j].trim().startsWith('|'); j++)
      table.rows.push({ cells: cells(lines[j]), raw: lines[j].trim() })
    tables.push(table)
    i = j
  }
  return tables
}

const normalise = (text: string) => text.toLowerCase().replace(/[’']/g, '\'').replace(/\s+/g, ' ').trim()

/** "Llama 4 (2025)" → the release named "Llama 4" (a trailing year in brackets is the table's, not the name's). */
function releaseInCell(facts: FactRegistry, cell: string) {
  return facts.releaseNamed(cell.replace(/\s*\(\d{4}\)\s*$/, ''))
}

export function bandProblems(exercise: Exercise, lineOf: (raw: string) => number, facts: FactRegistry): DeckProblem[] {
  const problems: DeckProblem[] = []
  for (const table of markdownTables(exercise.solution)) {
    const band = table.header.findIndex(h => /^band$/i.test(h))
    if (band < 0)
      continue
    for (const row of table.rows) {
      const name = row.cells[0]!
      const release = releaseInCell(facts, name)
      const at = { file: exercise.file, line: lineOf(row.raw) }
      if (!release?.band) {
        problems.push({ ...at, message: `Content: "${name}" in the sample answer is not a release with a band in content/facts/: use a release's name (${facts.releases.filter(r => r.band).map(r => r.name).join(', ')})` })
        continue
      }
      const label = levelOf(release.band).label
      if (normalise(row.cells[band]!) !== normalise(label))
        problems.push({ ...at, message: `Content: the sample answer puts ${release.name} in "${row.cells[band]}", but its record puts it in "${label}": make them agree` })
    }
  }
  return problems
}

export function choiceProblems(exercise: Exercise, lineOf: (raw: string) => number, scenarios: readonly ScenarioCard[]): DeckProblem[] {
  const problems: DeckProblem[] = []
  for (const table of markdownTables(exercise.solution)) {
    const choice = table.header.findIndex(h => /^choice$/i.test(h))
    if (choice < 0)
      continue
    for (const row of table.rows) {
      const at = { file: exercise.file, line: lineOf(row.raw) }
      const card = scenarios.find(c => normalise(c.title) === normalise(row.cells[0]))
      if (!card) {
        problems.push({ ...at, message: `Content: "${row.cells[0]}" is not the title of a scenario card: use one of ${scenarios.map(c => c.title).join(', ')}` })
        continue
      }
      if (!normalise(row.cells[choice]).startsWith(card.choice))
        problems.push({ ...at, message: `Content: the sample answer chooses "${row.cells[choice]}" for ${card.title}, but its scenario card says "${card.choice}": make them agree` })
    }
  }
  return problems
}

/** A slide table with a band-like column that names a release under another band's label. */
export function slideBandProblems(deck: Deck, facts: FactRegistry): DeckProblem[] {
  const labels = levels.map(level => level.label)
  const problems: DeckProblem[] = []
  // Exercise slides are checked against their sample answer above, with the row's own line.
  for (const slide of deck.slides.filter(s => s.frontmatter.kind !== 'exercise')) {
    const lines = readFileSync(join(deck.root, slide.file), 'utf8').split(/\r?\n/)
    for (const table of markdownTables(slide.content)) {
      for (const row of table.rows) {
        const label = row.cells.find(cell => labels.some(l => normalise(l) === normalise(cell)))
        if (!label)
          continue
        const release = releaseInCell(facts, row.cells[0]!)
        if (release?.band && normalise(levelOf(release.band).label) !== normalise(label))
          problems.push({ file: slide.file, line: lines.findIndex(line => line.trim() === row.raw) + 1 || slide.line, slide: slide.no, message: `Content: this slide puts ${release.name} in "${label}", but its record puts it in "${levelOf(release.band).label}"` })
      }
    }
  }
  return problems
}

export const checkContent: DeckCheck = async (deck: Deck) => {
  const { exercises } = await collectExercises({ root: deck.root })
  const { sets } = await collectCardSets(deck.root)
  const scenarios = sets.filter((set): set is Extract<CardSet, { kind: 'scenario' }> => set.kind === 'scenario').flatMap(set => set.cards)
  const { registry } = await collectFacts(deck.root)
  const problems: DeckProblem[] = [...slideBandProblems(deck, registry)]
  for (const exercise of exercises) {
    const solutionSlide = deck.slides.find(slide => slide.file === exercise.file && slide.content.includes('::exercise-solution'))
    const lines = readFileSync(join(deck.root, exercise.file), 'utf8').split(/\r?\n/)
    const lineOf = (raw: string) => lines.findIndex(line => line.trim() === raw) + 1 || 1
    const withSlide = (p: DeckProblem) => ({ ...p, slide: solutionSlide?.no })
    problems.push(...bandProblems(exercise, lineOf, registry).map(withSlide), ...choiceProblems(exercise, lineOf, scenarios).map(withSlide))
  }
  return problems
}
