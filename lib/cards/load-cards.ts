import type { CardProblem } from './parse-card-set.ts'
import type { CardSet } from './schema.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { CardError, parseCardSet } from './parse-card-set.ts'

/** Folder of the card sets, relative to the project root. */
export const CARDS_DIR = 'content/cards'

/** Every card set in `content/cards/`, or all the problems found in them. */
export async function collectCardSets(root = '.'): Promise<{ sets: CardSet[], problems: CardProblem[] }> {
  const dir = join(resolve(root), CARDS_DIR)
  const names = (await readdir(dir).catch(() => [] as string[])).filter(name => /\.ya?ml$/.test(name)).sort()
  const sets: CardSet[] = []
  const problems: CardProblem[] = []
  for (const name of names) {
    const parsed = parseCardSet(await readFile(join(dir, name), 'utf8'), relative(resolve(root), join(dir, name)))
    problems.push(...parsed.problems)
    if (parsed.set)
      sets.push(parsed.set)
  }
  return { sets, problems }
}

export async function loadCardSets(root = '.'): Promise<CardSet[]> {
  const { sets, problems } = await collectCardSets(root)
  if (problems.length)
    throw new CardError(problems)
  return sets
}
