import type { Document } from 'yaml'
/**
 * YAML files that people edit (card sets, fact records) validated with zod, each problem pointing
 * at the line to change. One reader for both, so a card and a fact say the same thing about the
 * same mistake.
 */
import type { z } from 'zod'
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml'

/** A problem in a YAML content file, pointing at the line to change. */
export interface LocatedProblem {
  file: string
  line: number
  message: string
}

export function formatLocatedProblem(problem: LocatedProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`
}

export interface LocatedYaml {
  /** The parsed value, or undefined when the text is not valid YAML (see `problems`). */
  value?: unknown
  /** YAML syntax errors, with their lines. */
  problems: LocatedProblem[]
  /** 1-based line of the node at `path` (or of the deepest node on the way that exists). */
  lineOf: (path: readonly PropertyKey[]) => number
}

export function readLocatedYaml(source: string, file: string): LocatedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, prettyErrors: false })
  const lineAt = (offset: number | undefined) => offset === undefined ? 1 : lineCounter.linePos(offset).line
  const lineOf = (path: readonly PropertyKey[]) => lineAt(nodeOffset(doc, path))
  if (doc.errors.length) {
    return {
      lineOf,
      problems: doc.errors.map(error => ({
        file,
        line: lineAt(error.pos[0]),
        message: `not valid YAML (${error.message.split('\n')[0]}): fix it, and quote text that contains a colon`,
      })),
    }
  }
  return { value: doc.toJS(), problems: [], lineOf }
}

/** `stage` tells a file that is not YAML at all (`yaml`) from one that does not fit the schema. */
export type ValidatedYaml<T> = { ok: true, data: T, lineOf: LocatedYaml['lineOf'] } | { ok: false, stage: 'yaml' | 'schema', problems: LocatedProblem[] }

/** A YAML file read and checked against `schema`: its data and lines, or every problem with its line. */
export function readValidatedYaml<S extends z.ZodType>(source: string, file: string, schema: S): ValidatedYaml<z.output<S>> {
  const yaml = readLocatedYaml(source, file)
  if (yaml.problems.length)
    return { ok: false, stage: 'yaml', problems: yaml.problems }
  const parsed = schema.safeParse(yaml.value)
  if (!parsed.success)
    return { ok: false, stage: 'schema', problems: zodProblems(parsed.error, yaml.lineOf, file) }
  return { ok: true, data: parsed.data, lineOf: yaml.lineOf }
}

/** Zod's issues as located problems: unknown fields by name, the rest with their path. */
export function zodProblems(error: z.ZodError, lineOf: (path: readonly PropertyKey[]) => number, file: string): LocatedProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map(key => ({ file, line: lineOf([...issue.path, key]), message: `unknown field \`${key}\`: remove it or check its spelling` }))
    const where = issue.path.length ? `\`${issue.path.join('.')}\` ` : ''
    return [{ file, line: lineOf(issue.path), message: `${where}${issue.message}` }]
  })
}

/** Start offset of the YAML node at `path` (or of the deepest node that exists on the way). */
function nodeOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let current: unknown = doc.contents
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
