/**
 * The card check in the shape `npm run check` runs: every card set in content/cards/ validates,
 * every card set an exercise's `materials:` names exists, every fact record a card reads (a licence
 * card's release and clause, a role's evidence, a fact card's facts) exists, and each exercise
 * slide's countdown fits in its minutes. Problems carry file and line.
 */
import type { Deck, DeckCheck, DeckProblem } from '../deck/types'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectExercises } from '../exercises/load-exercises'
import { materialCardSet } from '../exercises/schema'
import { collectFacts } from '../facts/load-facts'
import { cardFactProblems } from './card-facts'
import { collectCardSets } from './load-cards'
import { cardLines } from './parse-card-set'

export const checkCards: DeckCheck = async (deck: Deck) => {
  const { sets, problems } = await collectCardSets(deck.root)
  const { exercises } = await collectExercises({ root: deck.root })
  const found: DeckProblem[] = problems.map(problem => ({ ...problem }))
  const { registry } = await collectFacts(deck.root)
  for (const set of sets) {
    const lines = cardLines(readFileSync(join(deck.root, set.file), 'utf8'), set.file)
    found.push(...cardFactProblems(set, registry, id => lines.get(id) ?? 1))
  }
  const known = new Set(sets.map(set => set.id))
  // Sets that failed validation still exist: report their own problems, not a missing set.
  for (const problem of problems)
    known.add(problem.file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''))
  for (const exercise of exercises) {
    const slide = deck.slides.find(s => s.file === exercise.file && s.line === 1)
    for (const material of exercise.materials) {
      const id = materialCardSet(material)
      if (id && !known.has(id)) {
        found.push({
          file: exercise.file,
          line: lineOf(deck, exercise.file, `cards: ${id}`),
          slide: slide?.no,
          message: `materials: card set "${id}" does not exist: add content/cards/${id}.yaml or use one of ${[...known].sort().join(', ')}`,
        })
      }
    }
  }
  for (const slide of deck.slides) {
    const { countdown, minutes } = slide.frontmatter
    if (typeof countdown === 'number' && typeof minutes === 'number' && countdown > minutes)
      found.push({ file: slide.file, line: slide.line, slide: slide.no, message: `Timing: \`countdown: ${countdown}\` is longer than the slide's \`minutes: ${minutes}\`: the countdown is the working time inside the slide's minutes` })
  }
  return found
}

function lineOf(deck: Deck, file: string, text: string): number {
  const lines = readFileSync(join(deck.root, file), 'utf8').split(/\r?\n/)
  const index = lines.findIndex(line => line.includes(text))
  return index >= 0 ? index + 1 : 1
}
