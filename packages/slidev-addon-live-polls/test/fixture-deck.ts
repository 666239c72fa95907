/**
 * The addon's own test deck (test/deck/slides.md: one poll of every kind), read as the engine reads
 * any deck, for unit tests that need a poll server.
 */
import type { LiveDeck } from '../core/deck.ts'
import { fileURLToPath } from 'node:url'
import { readDeckSource } from '../node/deck-source.ts'

export const FIXTURE_ROOT = fileURLToPath(new URL('./deck/', import.meta.url))

let loaded: Promise<LiveDeck> | undefined

export function fixtureDeck(): Promise<LiveDeck> {
  loaded ??= readDeckSource(`${FIXTURE_ROOT}slides.md`)
  return loaded
}
