import type { DeckPoll } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
/**
 * Builds the participant handout and the facilitator guide (HTML and PDF) from the exercise files
 * and the deck. All-or-nothing: everything is built in a temporary folder beside the output and
 * swapped in only when it all succeeded; on failure the previous output is left as it was (a typo
 * in an option must not cost the good handouts printed yesterday).
 */
import type { Exercise } from '../exercises/exercise'
import type { PollResults } from './polls-html'
import type { Paper } from './render-pdf'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CommandError } from 'slidev-addon-live-polls/node/cli/fail.ts'
import { loadPollsFromDeck } from 'slidev-addon-live-polls/node/deck-source.ts'
import { replaySession, resultsLogPath } from 'slidev-addon-live-polls/report/session-log.ts'
import { mergeTheme, themeCss } from 'slidev-addon-live-polls/theme'
import liveTheme from '../design/live-polls-theme.ts'
import { tokensCss } from '../design/tokens'
import { loadExercises } from '../exercises/load-exercises'
import { renderCardsDocument } from './cards-document'
import { parseStartTime } from './clock'
import { loadDeckSource } from './deck-source'
import { questionAnchors as questionAnchorsOf } from './exercise-html'
import { facilitatorGuide } from './facilitator-guide'
import { renderHtmlDocument } from './html-document'
import { loadHandoutLibrary } from './library'
import { participantHandout } from './participant-handout'
import { renderDocuments } from './render-pdf'
import { RUN_SHEET_END } from './run-sheet'

export interface BuildHandoutsOptions {
  /** Project root holding slides.md and exercises/. Default: the working directory. */
  root?: string
  /** Output folder. Default: `exports/handouts` under root (outside dist/, which a build empties). */
  out?: string
  paper?: Paper
  /** The poll server's results folder, or its polls.jsonl (`--results`, as for export and report). */
  results?: string
  /** Start time of day, e.g. `14:00`: the agenda and the guide show real clock times. */
  start?: string
  /** The polls' join address: printed with a QR code on the participant handout's cover. */
  joinUrl?: string
  /** Told each step as it starts, for a progress line. */
  onProgress?: (step: string) => void
}

export const HANDOUT_FILES = {
  participantHtml: 'participant-handout.html',
  participantPdf: 'participant-handout.pdf',
  facilitatorHtml: 'facilitator-guide.html',
  facilitatorPdf: 'facilitator-guide.pdf',
  cardsHtml: 'cards.html',
  cardsPdf: 'cards.pdf',
} as const

export interface BuildHandoutsResult {
  out: string
  files: string[]
  /** Printed page of each section, question and question end, per document, as measured. */
  pages: { participant: Record<string, number>, facilitator: Record<string, number> }
}

const require = createRequire(import.meta.url)

export async function buildHandouts(options: BuildHandoutsOptions = {}): Promise<BuildHandoutsResult> {
  const root = resolve(options.root ?? '.')
  const out = resolve(root, options.out ?? 'exports/handouts')
  const paper = options.paper ?? 'a4'
  const progress = options.onProgress ?? (() => {})
  progress('reading the deck, exercises, polls, cards and facts')
  const exercises = await loadExercises({ root })
  const deck = await loadDeckSource(join(root, 'slides.md'))
  const polls = await loadPollsFromDeck(join(root, 'slides.md'))
  const results = options.results
    ? await readResults(options.results, polls)
    : undefined
  const library = await loadHandoutLibrary(root)
  const start = options.start === undefined ? undefined : parseHandoutStart(options.start)
  const joinUrl = options.joinUrl === undefined ? undefined : parseJoinUrl(options.joinUrl)
  // Paper is always light: the kit's tokens without a dark variant, then the handout layout.
  // The guide draws poll results with the session report's bars.
  const sheets = [new URL('./handout.css', import.meta.url), resolveFromAddon('report/bars.css'), ...(paper === 'letter' ? [new URL('./letter.css', import.meta.url)] : [])]
  const css = [tokensCss({ dark: 'none' }), themeCss(mergeTheme(liveTheme), { dark: 'none' }), ...await Promise.all(sheets.map(url => readFile(url, 'utf8')))].join('\n')
  const participantDoc = participantHandout(deck, exercises, library, { joinUrl, start })
  const facilitatorDoc = facilitatorGuide(deck, exercises, polls, library, { results, start })
  const questionAnchors = exercises.flatMap(exercise => questionAnchorsOf(exercise)).flatMap(q => [q.question, q.end])

  await mkdir(dirname(out), { recursive: true })
  const temp = await mkdtemp(join(dirname(out), `.${basename(out)}-building-`))
  let pages: BuildHandoutsResult['pages'] = { participant: {}, facilitator: {} }
  try {
    await mkdir(join(temp, 'fonts'))
    await copyFile(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'), join(temp, 'fonts/inter-latin-wght-normal.woff2'))
    const at = (name: string) => join(temp, name)
    progress('rendering HTML and PDF (diagrams, page measurement, then pages)')
    const [participantPages, facilitatorPages] = await renderDocuments([
      {
        html: pages => renderHtmlDocument(participantDoc, css, pages),
        anchors: [...participantDoc.sections.map(section => section.id), ...questionAnchors],
        htmlPath: at(HANDOUT_FILES.participantHtml),
        pdfPath: at(HANDOUT_FILES.participantPdf),
        footer: `${deck.title} · Participant handout`,
      },
      {
        html: pages => renderHtmlDocument(facilitatorDoc, css, pages),
        anchors: [...facilitatorDoc.sections.map(section => section.id), RUN_SHEET_END],
        htmlPath: at(HANDOUT_FILES.facilitatorHtml),
        pdfPath: at(HANDOUT_FILES.facilitatorPdf),
        footer: `${deck.title} · Facilitator guide`,
      },
      {
        html: () => renderCardsDocument(deck.title, library.cards, library.facts, css),
        htmlPath: at(HANDOUT_FILES.cardsHtml),
        pdfPath: at(HANDOUT_FILES.cardsPdf),
        footer: `${deck.title} · Cards to cut out`,
      },
    ], paper)
    const split = splitQuestions(exercises, participantPages!)
    if (facilitatorPages![RUN_SHEET_END] !== facilitatorPages!['run-sheet'])
      split.push(`the run sheet runs from page ${facilitatorPages!['run-sheet']} to page ${facilitatorPages![RUN_SHEET_END]} of the facilitator guide: it must fit one page (shorten what the deck declares for it, or the notes it quotes)`)
    if (split.length)
      throw new HandoutLayoutError(split)
    pages = { participant: participantPages!, facilitator: facilitatorPages! }
    // mkdtemp makes the folder private; the handouts are for sharing.
    await chmod(temp, 0o755)
    // Swap: the old output moves aside and is removed only once the new one is in place.
    const old = `${temp}-previous`
    const hadOld = await rename(out, old).then(() => true, () => false)
    await rename(temp, out)
    if (hadOld)
      await rm(old, { recursive: true, force: true })
  }
  finally {
    await rm(temp, { recursive: true, force: true })
  }
  return {
    out,
    files: Object.values(HANDOUT_FILES).map(name => join(out, name)),
    pages,
  }
}

/** Bad command-line input (e.g. a --results file that is not a results export): a message, no stack. */
export class HandoutInputError extends Error {
  override name = 'HandoutInputError'
}

/** A question printed on one page and its writing lines on another. */
export class HandoutLayoutError extends Error {
  override name = 'HandoutLayoutError'
  constructor(readonly problems: readonly string[]) {
    super(`The handouts do not fit their pages:\n${problems.map(p => `  ${p}`).join('\n')}`)
  }
}

/** Questions whose text and last writing line were measured on different pages. */
export function splitQuestions(exercises: readonly Exercise[], pages: Readonly<Record<string, number>>): string[] {
  return exercises.flatMap(exercise => questionAnchorsOf(exercise).flatMap(({ question, end }, index) => {
    if (pages[question] === undefined || pages[end] === undefined)
      return [`${exercise.file}: question ${index + 1} was not found in the printed PDF`]
    return pages[question] === pages[end] ? [] : [`${exercise.file}: question ${index + 1} is on page ${pages[question]} but its lines end on page ${pages[end]}`]
  }))
}

function parseHandoutStart(value: string): number {
  try {
    return parseStartTime(value)
  }
  catch (error) {
    throw new HandoutInputError((error as Error).message)
  }
}

function parseJoinUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  }
  catch {
    throw new HandoutInputError(`--join-url must be a full address like http://192.168.1.20:3030/join (got "${value}")`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new HandoutInputError(`--join-url must start with http:// or https:// (got "${value}")`)
  return url.href
}

async function readResults(given: string, polls: DeckPoll[]): Promise<PollResults> {
  try {
    return (await replaySession(await resultsLogPath(given), polls)).results
  }
  catch (error) {
    if (error instanceof CommandError)
      throw new HandoutInputError(error.message)
    throw error
  }
}

/** A file the live-polls addon ships (its report's stylesheet), wherever npm installed it. */
function resolveFromAddon(path: string): URL {
  return new URL(path, pathToFileURL(createRequire(import.meta.url).resolve('slidev-addon-live-polls/package.json')))
}
