/**
 * What the handouts print besides the deck and its exercises: the card sets, the fact registry and
 * the facilitator FAQ, read together (and validated: a broken file stops the build with its lines).
 */
import type { CardSet } from '../cards/schema'
import type { FaqQuestion } from '../content/faq'
import type { FactRegistry } from '../facts/registry'
import { loadCardSets } from '../cards/load-cards'
import { collectFaq } from '../content/faq'
import { FactError, loadFacts } from '../facts/load-facts'

export interface HandoutLibrary {
  cards: readonly CardSet[]
  facts: FactRegistry
  faq: readonly FaqQuestion[]
}

export async function loadHandoutLibrary(root = '.'): Promise<HandoutLibrary> {
  const [cards, facts, faq] = await Promise.all([loadCardSets(root), loadFacts(root), collectFaq(root)])
  if (faq.problems.length)
    throw new FactError(faq.problems)
  return { cards, facts, faq: faq.questions }
}
