/** Reads `content/facts/*.yaml` from disk (Node): the checks, the handouts and the deck's preparser. */
import type { LocatedProblem } from '../yaml/located-yaml.ts'
import type { FactRegistry } from './registry.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { formatLocatedProblem } from '../yaml/located-yaml.ts'
import { parseFacts } from './parse-facts.ts'
import { createRegistry } from './registry.ts'

/** Folder of the fact files, relative to the project root. */
export const FACTS_DIR = 'content/facts'

export class FactError extends Error {
  override name = 'FactError'
  constructor(readonly problems: readonly LocatedProblem[]) {
    super(`Fact record problem${problems.length > 1 ? 's' : ''}:\n${problems.map(p => `  ${formatLocatedProblem(p)}`).join('\n')}`)
  }
}

/** Every record, or every problem found in them. */
export async function collectFacts(root = '.'): Promise<{ registry: FactRegistry, problems: LocatedProblem[] }> {
  const dir = join(resolve(root), FACTS_DIR)
  const names = (await readdir(dir).catch(() => [] as string[])).filter(name => /\.ya?ml$/.test(name)).sort()
  const sources = await Promise.all(names.map(async name => ({
    file: relative(resolve(root), join(dir, name)),
    text: await readFile(join(dir, name), 'utf8'),
  })))
  const { facts, problems } = parseFacts(sources)
  return { registry: createRegistry(facts), problems }
}

/** The registry; throws a FactError listing every problem. */
export async function loadFacts(root = '.'): Promise<FactRegistry> {
  const { registry, problems } = await collectFacts(root)
  if (problems.length)
    throw new FactError(problems)
  return registry
}
