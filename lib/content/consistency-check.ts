/**
 * Claims that must agree with the declared content data, checked by `npm run check`:
 * - a sample-answer table with a `Band` column (exercise 1) places each model where the openness
 *   spectrum (lib/content/spectrum.ts) does;
 * - a sample-answer table with a `Choice` column (exercise 2) chooses for each scenario what its
 *   scenario card (content/cards/*.yaml) says;
 * - the slides never put a model of the spectrum in a different band by name (e.g. "GPT-J" under
 *   "Open source (OSI definition)") in a table with a band column.
 * The comparison table's examples and the licence cards' bands are read from the spectrum itself.
 */
import type { CardSet, ScenarioCard } from '../cards/schema'
import type { Deck, DeckCheck, DeckProblem } from '../deck/types'
import type { Exercise } from '../exercises/exercise'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectCardSets } from '../cards/load-cards'
import { collectExercises } from '../exercises/load-exercises'
import { spectrum, spectrumModels } from './spectrum'

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

export function bandProblems(exercise: Exercise, lineOf: (raw: string) => number): DeckProblem[] {
  const problems: DeckProblem[] = []
  for (const table of markdownTables(exercise.solution)) {
    const band = table.header.findIndex(h => /^band$/i.test(h))
    if (band < 0)
      continue
    for (const row of table.rows) {
      const name = row.cells[0]
      const model = spectrumModels.find(m => normalise(m.name) === normalise(name))
      const at = { file: exercise.file, line: lineOf(row.raw) }
      if (!model) {
        problems.push({ ...at, message: `Content: "${name}" in the sample answer is not a model of the openness spectrum (lib/content/spectrum.ts): use its name there (${spectrumModels.map(m => m.name).join(', ')})` })
        continue
      }
      if (normalise(row.cells[band]) !== normalise(model.level.label))
        problems.push({ ...at, message: `Content: the sample answer puts ${model.name} in "${row.cells[band]}", but the openness spectrum puts it in "${model.level.label}": make them agree` })
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

/** A slide table with a band-like column that names a spectrum model under another level's label. */
export function slideBandProblems(deck: Deck): DeckProblem[] {
  const labels = spectrum.map(level => level.label)
  const problems: DeckProblem[] = []
  // Exercise slides are checked against their sample answer above, with the row's own line.
  for (const slide of deck.slides.filter(s => s.frontmatter.kind !== 'exercise')) {
    const lines = readFileSync(join(deck.root, slide.file), 'utf8').split(/\r?\n/)
    for (const table of markdownTables(slide.content)) {
      for (const row of table.rows) {
        const label = row.cells.find(cell => labels.some(l => normalise(l) === normalise(cell)))
        if (!label)
          continue
        const model = spectrumModels.find(m => normalise(m.name) === normalise(row.cells[0]))
        if (model && normalise(model.level.label) !== normalise(label))
          problems.push({ file: slide.file, line: lines.findIndex(line => line.trim() === row.raw) + 1 || slide.line, slide: slide.no, message: `Content: this slide puts ${model.name} in "${label}", but the openness spectrum puts it in "${model.level.label}"` })
      }
    }
  }
  return problems
}

export const checkContent: DeckCheck = async (deck: Deck) => {
  const { exercises } = await collectExercises({ root: deck.root })
  const { sets } = await collectCardSets(deck.root)
  const scenarios = sets.filter((set): set is Extract<CardSet, { kind: 'scenario' }> => set.kind === 'scenario').flatMap(set => set.cards)
  const problems: DeckProblem[] = [...slideBandProblems(deck)]
  for (const exercise of exercises) {
    const solutionSlide = deck.slides.find(slide => slide.file === exercise.file && slide.content.includes('::exercise-solution'))
    const lines = readFileSync(join(deck.root, exercise.file), 'utf8').split(/\r?\n/)
    const lineOf = (raw: string) => lines.findIndex(line => line.trim() === raw) + 1 || 1
    const withSlide = (p: DeckProblem) => ({ ...p, slide: solutionSlide?.no })
    problems.push(...bandProblems(exercise, lineOf).map(withSlide), ...choiceProblems(exercise, lineOf, scenarios).map(withSlide))
  }
  return problems
}
