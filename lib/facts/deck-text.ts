/**
 * Fact references expanded in deck text read from disk (Node): the deck reader, the exercise loader
 * and the Slidev preparser share this, so the slides, the notes, the checks and the handouts all
 * print the same words for the same record. Broken files do not stop the reading: `npm run check`
 * reports them, and a missing record prints as "[missing fact: …]".
 */
import type { ExpandContext } from './expand.ts'
import { resolve } from 'node:path'
import { collectCardSets } from '../cards/load-cards.ts'
import { FACT_BLOCKS } from './blocks/index.ts'
import { expandFacts } from './expand.ts'
import { collectFacts } from './load-facts.ts'

const contexts = new Map<string, Promise<ExpandContext>>()

/** The registry and card sets of the project at `root`, read once per process. */
export function expandContext(root = '.'): Promise<ExpandContext> {
  const key = resolve(root)
  let context = contexts.get(key)
  if (!context) {
    context = Promise.all([collectFacts(key), collectCardSets(key)]).then(([{ registry }, { sets }]) => ({ facts: registry, cards: sets }))
    contexts.set(key, context)
  }
  return context
}

/** The text with its fact references expanded (see lib/facts/expand.ts for the syntax). */
export function expandDeckText(text: string, context: ExpandContext): string {
  return expandFacts(text, context, FACT_BLOCKS)
}
