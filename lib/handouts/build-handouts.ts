/**
 * Builds the participant handout and the facilitator guide (HTML and PDF) from the exercise files
 * and the deck. All-or-nothing: everything is built in a temporary folder beside the output and
 * swapped in only when it all succeeded; on failure the previous output is left as it was (a typo
 * in an option must not cost the good handouts printed yesterday).
 */
import type { PollResults } from './polls-html'
import type { Paper } from './render-pdf'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import { tokensCss } from '../design/tokens'
import { loadExercises } from '../exercises/load-exercises'
import { loadPollsFromDeck } from '../polls/load-from-deck'
import { loadDeckSource } from './deck-source'
import { facilitatorGuide } from './facilitator-guide'
import { renderHtmlDocument } from './html-document'
import { participantHandout } from './participant-handout'
import { pollResultsSchema } from './polls-html'
import { renderDocuments } from './render-pdf'

export interface BuildHandoutsOptions {
  /** Project root holding slides.md and exercises/. Default: the working directory. */
  root?: string
  /** Output folder. Default: `exports/handouts` under root (outside dist/, which a build empties). */
  out?: string
  paper?: Paper
  /** Path of a `GET /api/results` JSON export from the poll server. */
  results?: string
  /** Told each step as it starts, for a progress line. */
  onProgress?: (step: string) => void
}

export const HANDOUT_FILES = {
  participantHtml: 'participant-handout.html',
  participantPdf: 'participant-handout.pdf',
  facilitatorHtml: 'facilitator-guide.html',
  facilitatorPdf: 'facilitator-guide.pdf',
} as const

export interface BuildHandoutsResult {
  out: string
  files: string[]
}

const require = createRequire(import.meta.url)

export async function buildHandouts(options: BuildHandoutsOptions = {}): Promise<BuildHandoutsResult> {
  const root = resolve(options.root ?? '.')
  const out = resolve(root, options.out ?? 'exports/handouts')
  const paper = options.paper ?? 'a4'
  const progress = options.onProgress ?? (() => {})
  progress('reading the deck, exercises and polls')
  const exercises = await loadExercises({ root })
  const deck = await loadDeckSource(join(root, 'slides.md'))
  const polls = await loadPollsFromDeck(join(root, 'slides.md'))
  const results = options.results
    ? await readResults(resolve(options.results))
    : undefined
  // Paper is always light: the kit's tokens without a dark variant, then the handout layout.
  const css = `${tokensCss({ dark: 'none' })}\n${await readFile(new URL('./handout.css', import.meta.url), 'utf8')}`
  const participant = renderHtmlDocument(participantHandout(deck, exercises), css)
  const facilitator = renderHtmlDocument(facilitatorGuide(deck, exercises, polls, results), css)

  await mkdir(dirname(out), { recursive: true })
  const temp = await mkdtemp(join(dirname(out), `.${basename(out)}-building-`))
  try {
    await mkdir(join(temp, 'fonts'))
    await copyFile(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'), join(temp, 'fonts/inter-latin-wght-normal.woff2'))
    const at = (name: string) => join(temp, name)
    progress('rendering HTML and PDF (diagrams, then pages)')
    await renderDocuments([
      {
        html: participant,
        htmlPath: at(HANDOUT_FILES.participantHtml),
        pdfPath: at(HANDOUT_FILES.participantPdf),
        footer: `${deck.title} · Participant handout`,
      },
      {
        html: facilitator,
        htmlPath: at(HANDOUT_FILES.facilitatorHtml),
        pdfPath: at(HANDOUT_FILES.facilitatorPdf),
        footer: `${deck.title} · Facilitator guide`,
      },
    ], paper)
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
  }
}

/** Bad command-line input (e.g. a --results file that is not a results export): a message, no stack. */
export class HandoutInputError extends Error {
  override name = 'HandoutInputError'
}

async function readResults(path: string): Promise<PollResults> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8'))
  }
  catch (error) {
    throw new HandoutInputError(`--results ${path}: not a readable JSON file (${(error as Error).message}); export it from the poll server's GET /api/results`)
  }
  const parsed = pollResultsSchema.safeParse(json)
  if (!parsed.success)
    throw new HandoutInputError(`--results ${path}: not a poll results export (${parsed.error.issues[0]?.message}); export it from the poll server's GET /api/results`)
  return parsed.data
}
