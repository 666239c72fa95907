/**
 * The deck's polls as the tests read them: labels and slides come from the same declarations the
 * server and the slides use, so a reworded option never breaks a journey.
 */
import type { DeckPoll } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
import { loadPollsFromDeck } from 'slidev-addon-live-polls/node/deck-source.ts'

let loaded: Promise<DeckPoll[]> | undefined

export function deckPolls(): Promise<DeckPoll[]> {
  loaded ??= loadPollsFromDeck()
  return loaded
}

export async function deckPoll(id: string): Promise<DeckPoll> {
  const found = (await deckPolls()).find(p => p.poll.id === id)
  if (!found)
    throw new Error(`no poll "${id}" in the deck`)
  return found
}

/** The label the deck gives an option of a poll. */
export async function optionLabel(poll: string, option: string): Promise<string> {
  const declared = (await deckPoll(poll)).poll
  const found = 'options' in declared ? declared.options.find(o => o.id === option) : undefined
  if (!found)
    throw new Error(`poll "${poll}" has no option "${option}"`)
  return found.label
}
