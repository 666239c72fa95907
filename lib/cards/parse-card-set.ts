/**
 * Parses one card-set file (YAML) and validates it, pointing each problem at a line of the file.
 * Pure: the handouts and checks read files through load-cards.ts; the slides pass the same text in.
 */
import type { z } from 'zod'
import type { CardSet } from './schema'
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml'
import { findModel } from '../content/spectrum'
import { cardSetFileSchema } from './schema'

/** A problem in a card file, pointing at the line to change. */
export interface CardProblem {
  file: string
  line: number
  message: string
}

export function formatCardProblem(problem: CardProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`
}

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

export function parseCardSet(source: string, file: string): { set?: CardSet, problems: CardProblem[] } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, prettyErrors: false })
  const lineAt = (offset: number | undefined) => offset === undefined ? 1 : lineCounter.linePos(offset).line
  if (doc.errors.length) {
    return {
      problems: doc.errors.map(error => ({
        file,
        line: lineAt(error.pos[0]),
        message: `not valid YAML (${error.message.split('\n')[0]}): fix it, and quote text that contains a colon`,
      })),
    }
  }
  const id = cardSetId(file)
  const problems: CardProblem[] = []
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    problems.push({ file, line: 1, message: `the file name "${id}" is the card set's id: rename the file in kebab-case, e.g. \`scenarios.yaml\`` })

  const parsed = cardSetFileSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, path => lineAt(nodeOffset(doc.contents, path)), file))
    return { problems }
  }
  const seen = new Map<string, number>()
  parsed.data.cards.forEach((card, index) => {
    const line = lineAt(nodeOffset(doc.contents, ['cards', index, 'id']))
    const first = seen.get(card.id)
    if (first !== undefined)
      problems.push({ file, line, message: `duplicate card id "${card.id}" (first on line ${first}): give each card its own id` })
    seen.set(card.id, first ?? line)
    if (parsed.data.kind === 'licence' && 'model' in card && !findModel(card.model)) {
      problems.push({
        file,
        line: lineAt(nodeOffset(doc.contents, ['cards', index, 'model'])),
        message: `model "${card.model}" is not in the openness spectrum (lib/content/spectrum.ts): use one of its model ids`,
      })
    }
  })
  return problems.length ? { problems } : { set: { ...parsed.data, id, file }, problems }
}

/** Start offset of the YAML node at `path` (or of the deepest node that exists on the way). */
function nodeOffset(node: unknown, path: readonly PropertyKey[]): number | undefined {
  let current = node
  let offset = rangeStart(current)
  for (const key of path) {
    if (isMap(current)) {
      const pair = current.items.find(item => isPair(item) && isScalar(item.key) && item.key.value === key)
      if (!pair)
        break
      offset = rangeStart(pair.key) ?? offset
      current = pair.value
      offset = rangeStart(current) ?? offset
    }
    else if (current && typeof current === 'object' && 'items' in current && Array.isArray(current.items) && typeof key === 'number') {
      current = current.items[key]
      offset = rangeStart(current) ?? offset
    }
    else {
      break
    }
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? node.range[0] as number : undefined
}

function zodProblems(error: z.ZodError, lineOf: (path: readonly PropertyKey[]) => number, file: string): CardProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map(key => ({ file, line: lineOf([...issue.path, key]), message: `unknown field \`${key}\`: remove it or check its spelling` }))
    const where = issue.path.length ? `\`${issue.path.join('.')}\` ` : ''
    return [{ file, line: lineOf(issue.path), message: `${where}${issue.message}` }]
  })
}
