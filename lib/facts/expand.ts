/**
 * Fact references in the deck's Markdown, expanded wherever the text is read (the Slidev
 * preparser for the slides and notes, the deck reader for the checks and handouts, the exercise
 * loader), so a slide names a fact instead of restating it:
 *
 *   @fact(gemma-4)          the record's short phrase ("Gemma 4 (Apr 2026): Apache-2.0")
 *   @fact(gemma-4.date)     one field: name, short, claim, value, date, year, source, checked, licence, lab
 *   @facts(timeline)        a whole block, on a line of its own: timeline, labs, sources, licence-answers
 */
import type { CardSet } from '../cards/schema.ts'
import type { FactRegistry } from './registry.ts'
import type { Fact } from './schema.ts'
import { factYear, formatChecked, formatFactDate, shortOf, sourceLine } from './registry.ts'

export const FACT_FIELDS = ['name', 'short', 'claim', 'value', 'date', 'year', 'source', 'checked', 'licence', 'lab'] as const
export type FactField = typeof FACT_FIELDS[number]

export interface ExpandContext {
  facts: FactRegistry
  /** The card sets, for blocks that read them (licence-answers). */
  cards?: readonly CardSet[]
}

export type FactBlock = (context: ExpandContext) => string

const INLINE = /@fact\(([a-z0-9-]+)(?:\.([a-z]+))?\)/g
const BLOCK = /^(\s*)@facts\(([a-z0-9-]+)\)\s*$/

export interface FactReference {
  /** 1-based line in the text. */
  line: number
  id: string
  field?: string
  /** Set for a `@facts(name)` block reference. */
  block?: string
}

/** Every reference in a text, with its line, for the checks. */
export function factReferences(text: string): FactReference[] {
  const found: FactReference[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    const block = BLOCK.exec(line)
    if (block) {
      found.push({ line: index + 1, id: '', block: block[2] })
      return
    }
    for (const match of line.matchAll(INLINE))
      found.push({ line: index + 1, id: match[1]!, field: match[2] })
  })
  return found
}

export function fieldOf(fact: Fact, field: FactField = 'short'): string {
  switch (field) {
    case 'name': return fact.name
    case 'short': return shortOf(fact)
    case 'claim': return fact.claim
    case 'value': return fact.value
    case 'date': return formatFactDate(fact.date)
    case 'year': return factYear(fact.date)
    case 'source': return sourceLine(fact)
    case 'checked': return formatChecked(fact)
    case 'licence': return fact.kind === 'release' && fact.licence ? fact.licence.name : fact.value
    case 'lab': return fact.kind === 'release' ? fact.lab : fact.kind === 'policy' ? fact.jurisdiction : fact.source.publisher
  }
}

/** What an unknown reference prints, so a broken reference shows on the slide; `npm run check` fails on it. */
export function missingReference(what: string): string {
  return `[missing fact: ${what}]`
}

/** A block's Markdown, or the missing-fact marker when it is unknown or one of its records is missing. */
function renderBlock(render: FactBlock | undefined, context: ExpandContext, name: string): string {
  try {
    return render ? render(context) : missingReference(`@facts(${name})`)
  }
  catch (error) {
    return missingReference(`@facts(${name}): ${(error as Error).message.split(':')[0]}`)
  }
}

/** The text with every fact reference replaced by what the registry says. */
export function expandFacts(text: string, context: ExpandContext, blocks: Readonly<Record<string, FactBlock>>): string {
  if (!text.includes('@fact'))
    return text
  return text.split('\n').map((line) => {
    const block = BLOCK.exec(line)
    if (block) {
      const body = renderBlock(blocks[block[2]!], context, block[2]!)
      return body.split('\n').map(row => `${block[1]}${row}`).join('\n')
    }
    return line.replace(INLINE, (whole, id: string, field?: string) => {
      const fact = context.facts.lookup(id)
      if (!fact || (field !== undefined && !(FACT_FIELDS as readonly string[]).includes(field)))
        return missingReference(whole)
      return fieldOf(fact, field as FactField | undefined)
    })
  }).join('\n')
}
