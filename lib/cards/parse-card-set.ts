/**
 * Parses one card-set file (YAML) and validates it, pointing each problem at a line of the file.
 * Pure: the handouts and checks read files through load-cards.ts; the slides pass the same text in.
 * References to fact records (a licence card's release and clause, a role's evidence) are checked
 * against the registry by the deck check (lib/cards/deck-check.ts), which has it.
 */
import type { LocatedProblem } from '../yaml/located-yaml.ts'
import type { CardSet } from './schema.ts'
import { formatLocatedProblem, readLocatedYaml, readValidatedYaml } from '../yaml/located-yaml.ts'
import { cardSetFileSchema } from './schema.ts'

/** A problem in a card file, pointing at the line to change. */
export type CardProblem = LocatedProblem

export const formatCardProblem = formatLocatedProblem

export class CardError extends Error {
  constructor(readonly problems: readonly CardProblem[]) {
    super(`Card problem${problems.length > 1 ? 's' : ''}:\n${problems.map(p => `  ${formatCardProblem(p)}`).join('\n')}`)
    this.name = 'CardError'
  }
}

/** `content/cards/scenarios.yaml` → `scenarios`. */
export function cardSetId(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '')
}

/** 1-based line of each card's `id` in a card file (for problems found later, e.g. against the facts). */
export function cardLines(source: string, file: string): Map<string, number> {
  const yaml = readLocatedYaml(source, file)
  const cards = (yaml.value as { cards?: { id?: unknown }[] } | undefined)?.cards ?? []
  return new Map(cards.map((card, index) => [String(card?.id), yaml.lineOf(['cards', index, 'id'])]))
}

export function parseCardSet(source: string, file: string): { set?: CardSet, problems: CardProblem[] } {
  const parsed = readValidatedYaml(source, file, cardSetFileSchema)
  if (!parsed.ok && parsed.stage === 'yaml')
    return { problems: parsed.problems }
  const id = cardSetId(file)
  const problems: CardProblem[] = []
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    problems.push({ file, line: 1, message: `the file name "${id}" is the card set's id: rename the file in kebab-case, e.g. \`scenarios.yaml\`` })

  if (!parsed.ok) {
    problems.push(...parsed.problems)
    return { problems }
  }
  const seen = new Map<string, number>()
  parsed.data.cards.forEach((card, index) => {
    const line = parsed.lineOf(['cards', index, 'id'])
    const first = seen.get(card.id)
    if (first !== undefined)
      problems.push({ file, line, message: `duplicate card id "${card.id}" (first on line ${first}): give each card its own id` })
    seen.set(card.id, first ?? line)
  })
  return problems.length ? { problems } : { set: { ...parsed.data, id, file }, problems }
}
