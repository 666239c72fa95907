/**
 * The deck as the engine reads it (core/deck.ts), three ways: from Slidev's loaded data (the
 * plugin, inside Slidev: notes as the preparser left them), from the build's manifest beside the
 * built deck (`live-polls serve`), or from the source without Slidev (the launcher's early check,
 * the report).
 */
import type { SlideInfo } from '@slidev/types'
import type { LiveDeck, LiveSlide } from '../core/deck.ts'
import type { DeckPoll } from '../core/polls/load-from-deck.ts'
import type { LiveTheme } from '../core/theme.ts'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { createJiti } from 'jiti'
import { liveDeck } from '../core/deck.ts'
import { pollsOfDeck } from '../core/polls/load-from-deck.ts'
import { mergeTheme } from '../core/theme.ts'
import { CommandError } from './cli/fail.ts'

/** Where `slidev build` leaves the deck for `live-polls serve`: a dot-folder no static server serves. */
export const MANIFEST_PATH = '.live-polls/deck.json'

export interface Manifest {
  deck: LiveDeck
  theme: LiveTheme
  /** The deck's blocklist file, as text (empty without one). */
  blocklist: string
}

/** The deck's blocklist (headmatter `livePolls.blocklist`, relative to the deck), or '' when there is none. */
export function readBlocklist(deck: LiveDeck, userRoot: string): string {
  const path = resolve(userRoot, deck.options.blocklist)
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}

type LoadedSlide = Pick<SlideInfo, 'title' | 'frontmatter' | 'note'> & { source: Pick<SlideInfo['source'], 'filepath' | 'start'> }

/** Slidev's slides as the engine's: numbered as in the deck's URL, with where each starts. */
export function liveSlides(slides: readonly LoadedSlide[], userRoot: string): LiveSlide[] {
  return slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    frontmatter: slide.frontmatter ?? {},
    note: slide.note ?? '',
    file: relative(userRoot, slide.source.filepath),
    line: slide.source.start + 1,
  }))
}

/** The deck from its Markdown entry, with Slidev's parser (includes followed, hidden slides left out). */
export async function readDeckSource(entry: string): Promise<LiveDeck> {
  const path = resolve(entry)
  if (!existsSync(path))
    throw new CommandError(`No deck at ${entry}: name the deck's Markdown entry, e.g. slides.md.`)
  const userRoot = dirname(path)
  const data = await load({ roots: [userRoot], userRoot } as Parameters<typeof load>[0], path)
  return liveDeck(data.headmatter ?? {}, liveSlides(data.slides, userRoot))
}

/**
 * The deck's theme module (headmatter `livePolls.theme`), merged over the addon's defaults; the
 * defaults alone without one. Loaded with jiti, as Slidev loads a deck's setup files.
 */
export async function loadTheme(deck: LiveDeck, userRoot: string): Promise<LiveTheme> {
  if (!deck.options.theme)
    return mergeTheme()
  const path = resolve(userRoot, deck.options.theme)
  if (!existsSync(path))
    throw new CommandError(`The headmatter's livePolls.theme names ${deck.options.theme}, which is not there.`)
  const jiti = createJiti(import.meta.url, { moduleCache: false })
  return mergeTheme(await jiti.import(path, { default: true }))
}

export function manifestJson(manifest: Manifest): string {
  return JSON.stringify(manifest)
}

/** The manifest the build left in `dist`; one sentence when the build is not one of this addon's. */
export function readManifest(dist: string): Manifest {
  const path = join(dist, MANIFEST_PATH)
  if (!existsSync(path))
    throw new CommandError(`${dist}/ has no ${MANIFEST_PATH}: build the deck with the live-polls addon in its headmatter (addons: [live-polls]), then serve it.`)
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest
}

/** The validated polls of the deck at `entry`; PollDeclarationError names each problem. */
export async function loadPollsFromDeck(entry = 'slides.md'): Promise<DeckPoll[]> {
  return pollsOfDeck(await readDeckSource(entry))
}

/** The manifest of the deck at `entry`, read from its source as the build would write it. */
export async function manifestOfSource(entry: string): Promise<Manifest> {
  const deck = await readDeckSource(entry)
  const userRoot = dirname(resolve(entry))
  return { deck, theme: await loadTheme(deck, userRoot), blocklist: readBlocklist(deck, userRoot) }
}

/** Writes a manifest beside a built deck (the build's own plugin does this; tools that make a folder by hand use it). */
export function writeManifest(dist: string, manifest: Manifest): void {
  const path = join(dist, MANIFEST_PATH)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, manifestJson(manifest))
}
