/**
 * Parses the fact files and validates them, pointing each problem at a line: the schema first,
 * then the rules that span fields or files (unique ids and names, a licence for every open
 * release, a note of what was read for every fact checked on a given day).
 */
import type { LocatedProblem } from '../yaml/located-yaml.ts'
import type { Fact } from './schema.ts'
import { readValidatedYaml } from '../yaml/located-yaml.ts'
import { factFileSchema } from './schema.ts'

export interface FactSource {
  /** Path relative to the project root, e.g. `content/facts/releases.yaml`. */
  file: string
  text: string
}

export interface ParsedFacts {
  facts: Fact[]
  problems: LocatedProblem[]
}

export function parseFactFile({ file, text }: FactSource): ParsedFacts {
  const parsed = readValidatedYaml(text, file, factFileSchema)
  if (!parsed.ok)
    return { facts: [], problems: parsed.problems }
  const problems: LocatedProblem[] = []
  const facts = parsed.data.facts.map((record, index): Fact => {
    const at = (...path: PropertyKey[]) => parsed.lineOf(['facts', index, ...path])
    const fact: Fact = { ...record, file, line: at('id') }
    if (/^\d{4}-\d{2}-\d{2}$/.test(fact.checkedOn) && !fact.checkedAgainst)
      problems.push({ file, line: at('checkedOn'), message: `"${fact.id}" was checked on ${fact.checkedOn}: add \`checkedAgainst:\` saying what was read (a licence file, a press release), or give only the month` })
    if (fact.kind === 'release') {
      if (fact.band && fact.band !== 'closed-api' && !fact.licence)
        problems.push({ file, line: at('band'), message: `"${fact.id}" is open weights (${fact.band}): add its \`licence:\` with the version and at least one quoted clause` })
      if (fact.spectrum && !fact.band)
        problems.push({ file, line: at('spectrum'), message: `"${fact.id}" is on the spectrum: give it a \`band:\`` })
      const seen = new Set<string>()
      fact.licence?.clauses.forEach((clause, c) => {
        if (seen.has(clause.id))
          problems.push({ file, line: at('licence', 'clauses', c, 'id'), message: `duplicate clause id "${clause.id}" in "${fact.id}"` })
        seen.add(clause.id)
      })
    }
    return fact
  })
  return { facts, problems }
}

/** Every file's records, with the rules that span files: one record per id and per name. */
export function parseFacts(sources: readonly FactSource[]): ParsedFacts {
  const facts: Fact[] = []
  const problems: LocatedProblem[] = []
  for (const source of sources) {
    const parsed = parseFactFile(source)
    facts.push(...parsed.facts)
    problems.push(...parsed.problems)
  }
  const ids = new Map<string, Fact>()
  const names = new Map<string, Fact>()
  for (const fact of facts) {
    const first = ids.get(fact.id)
    if (first) {
      // One message per mistake: its names are the first record's names too.
      problems.push({ file: fact.file, line: fact.line, message: `duplicate fact id "${fact.id}" (first in ${first.file}:${first.line}): give each record its own id` })
      continue
    }
    ids.set(fact.id, fact)
    const spellings = fact.kind === 'release' ? [fact.name, ...fact.aliases] : [fact.name]
    for (const spelling of spellings) {
      const key = normaliseName(spelling)
      const other = names.get(key)
      if (other && other !== fact)
        problems.push({ file: fact.file, line: fact.line, message: `"${spelling}" names two records ("${other.id}" in ${other.file}:${other.line} and "${fact.id}"): a name points at one release` })
      names.set(key, other ?? fact)
    }
  }
  return { facts, problems }
}

/** How names are compared: case, spaces and hyphens do not matter ("DeepSeek R1" = "deepseek-r1"). */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, '-').replace(/[’']/g, '\'').trim()
}
