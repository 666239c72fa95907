/**
 * Exports the deck to PDF from Slidev's print view (`/print`), served by the same dev server in
 * export mode that `slidev export` starts, with the same page options, but printed only once the
 * page is settled.
 *
 * Why not `slidev export` as is: it prints as soon as the network is idle, the slides' loading
 * placeholders it saw at that instant are gone and Mermaid's temporary render container is empty.
 * On a fresh dev server, Vite discovers the deck's own dependencies (components' imports) only
 * while the print page loads, re-bundles them and reloads the page; Slidev then prints a page that
 * is mid-reload, and slides or diagrams come out blank (a quadrantChart on a later slide first:
 * its renderer is the last chunk Mermaid fetches). An empty render container does not mean
 * "rendered" either: it is also empty before a diagram starts. Here the page counts as settled
 * when every slide is mounted, no slide is loading, every diagram's shadow root holds its SVG,
 * fonts are loaded, and the page has not reloaded for a while; every request it makes is reported.
 *
 * Poll results: the export's poll server reads a private copy of `results` (a results folder or
 * its polls.jsonl), or nothing, so rehearsal votes never reach a PDF by accident.
 *
 *   const result = await exportDeck({ entry: 'slides.md', output: 'exports/slides.pdf' })
 */
import type { Page, Request } from 'playwright-core'
import type { PrintLayout } from './print-layouts'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import { chromium } from 'playwright-core'
import { slideMinutes } from 'slidev-addon-live-polls/core/timing.ts'
import { chromiumLaunchOptions } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { pdfPageCount } from 'slidev-addon-live-polls/node/page-count.ts'
import { RESULTS_LOG, resultsLogPath } from 'slidev-addon-live-polls/report/session-log.ts'
import { buildAgenda } from '../../lib/agenda'
import { formatClock } from '../../lib/handouts/clock'
import { arrangeSheets, notesHtml, SHEET } from './print-layouts'
import { solutionSlides } from './solution-slides'

export interface ExportDeckOptions {
  /** The deck's entry Markdown file. */
  entry?: string
  output: string
  /** One page per click step instead of one per slide. */
  withClicks?: boolean
  dark?: boolean
  /**
   * 'slides' (default): one canvas-sized page per slide. 'handout': three slides per A4 page with
   * lines for notes, without the exercises' sample-answer slides (it is the participants' copy).
   * 'notes': each slide with its presenter notes and when it runs, A4 portrait; short-noted slides
   * two to a page.
   */
  layout?: PrintLayout
  /** Called with every URL the print page requests (the page the PDF is printed from). */
  onRequest?: (url: string) => void
  /** Give up waiting for the print page to settle after this long. */
  settleTimeoutMs?: number
  /** Poll results to show: a results folder or a polls.jsonl file. Default: none (empty polls). */
  results?: string
  /** Told how far the print page is, each time that changes (e.g. `12/41 slides mounted, …`). */
  onProgress?: (state: string) => void
}

export interface ExportDeckResult {
  output: string
  slides: number
  /** Pages of the PDF: one per slide, or one per click step with `withClicks`. */
  pages: number
  /** Notes layout: slides whose notes did not fit on their page (cut on paper). */
  cutNotes: number[]
  /** Slides left out of the paper (handout layout: the exercises' sample answers), 1-based. */
  leftOut: number[]
  /** The 1-based page each printed slide is on, by slide number. */
  sheetOf: Record<number, number>
  /** Seconds spent waiting for the print page to settle, then printing. */
  settleSeconds: number
  exportSeconds: number
}

export async function exportDeck(options: ExportDeckOptions): Promise<ExportDeckResult> {
  const entry = resolve(options.entry ?? 'slides.md')
  const output = resolve(options.output)
  await mkdir(dirname(output), { recursive: true })
  const launch = chromiumLaunchOptions()
  const resultsDir = await privateResults(options.results)
  // Read by the polls plugin when Slidev's server starts (server/vite-plugin.ts): this export's
  // results, and no presenter banner for a server that lives only while it prints.
  const savedEnv = { dir: process.env.POLLS_RESULTS_DIR, quiet: process.env.POLLS_QUIET }
  process.env.POLLS_RESULTS_DIR = resultsDir
  process.env.POLLS_QUIET = '1'
  // Slidev's command line registers the deck's preparser; started from code, the export does it:
  // fact references (`@fact(id)`) must print on paper as they do on the slides.
  const { factReferences } = await import('../../setup/preparser')
  injectPreparserExtensionLoader(async (_roots, _headmatter, filepath) => [factReferences(filepath)])
  const slidev = await resolveOptions({ entry }, 'export')
  const { canvasWidth, aspectRatio } = slidev.data.config
  const size = { width: canvasWidth, height: Math.round(canvasWidth / aspectRatio) }
  const server = await createServer(slidev, { clearScreen: false, logLevel: 'warn', server: { host: '127.0.0.1' } })
  const browser = await chromium.launch(launch)
  try {
    await server.listen()
    const address = server.httpServer?.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const started = performance.now()
    const page = await browser.newPage({ viewport: size, colorScheme: options.dark ? 'dark' : 'light' })
    if (options.onRequest)
      page.on('request', (request: Request) => options.onRequest!(request.url()))
    await settle(page, `http://127.0.0.1:${port}/print?print=${options.withClicks ? 'clicks' : 'true'}`, {
      slides: slidev.data.slides.length,
      timeoutMs: options.settleTimeoutMs ?? 180_000,
      onProgress: options.onProgress,
    })
    const settled = performance.now()
    // As Slidev prints: screen styles, one canvas-sized page per slide, backgrounds, no margins.
    await page.emulateMedia({ media: 'screen', colorScheme: options.dark ? 'dark' : 'light' })
    await page.locator('#mermaid-rendering-container').evaluateAll(nodes => nodes.forEach((node) => {
      (node as HTMLElement).style.display = 'none'
    }))
    // The PDF's title is the deck's, not the print page's.
    const title = String(slidev.data.config.title ?? slidev.data.headmatter.title ?? 'Slides')
    const layout = options.layout ?? 'slides'
    let paper = size
    let cutNotes: number[] = []
    let sheetOf: Record<number, number> = Object.fromEntries(slidev.data.slides.map((_, i) => [i + 1, i + 1]))
    const leftOut = layout === 'handout' ? solutionSlides(slidev.data.slides) : []
    if (layout !== 'slides') {
      const notes = slidev.data.slides.map(slide => notesHtml(slide.note))
      const include = slidev.data.slides.map((_, i) => i + 1).filter(no => !leftOut.includes(no))
      const arranged = await arrangeSheets(page, { layout, title, canvas: size, notes, captions: slideCaptions(slidev.data.slides), include })
      cutNotes = arranged.cutNotes
      sheetOf = arranged.sheetOf
      paper = SHEET
    }
    else {
      await page.evaluate((t) => {
        document.title = t
      }, title)
    }
    await page.pdf({ path: output, ...paper, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, preferCSSPageSize: layout === 'slides' })
    return {
      output,
      slides: slidev.data.slides.length,
      pages: pdfPageCount(output),
      cutNotes,
      leftOut,
      sheetOf,
      settleSeconds: (settled - started) / 1000,
      exportSeconds: (performance.now() - settled) / 1000,
    }
  }
  finally {
    await browser.close()
    await server.close()
    restoreEnv('POLLS_RESULTS_DIR', savedEnv.dir)
    restoreEnv('POLLS_QUIET', savedEnv.quiet)
    await rm(resultsDir, { recursive: true, force: true })
  }
}

/**
 * The line above each slide's notes: when it runs and for how long, from the deck's own `minutes:`
 * and `part:` (lib/agenda.ts), e.g. "Slide 12 · 0:13 · 2 min · What is closed source AI?".
 */
function slideCaptions(slides: readonly { frontmatter: Record<string, unknown> }[]): string[] {
  const agenda = buildAgenda(slides.map(slide => slide.frontmatter), 0)
  const captions: string[] = []
  for (const part of agenda.parts) {
    let at = part.startsAt
    for (const no of part.slides) {
      const minutes = slideMinutes(slides[no - 1]!.frontmatter)
      captions[no - 1] = `Slide ${no} · ${formatClock(at)} · ${minutes} min · ${part.title}`
      at += minutes
    }
  }
  return captions
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined)
    delete process.env[name]
  else
    process.env[name] = value
}

/** A temporary results folder holding a copy of the given log (the export must not write to it). */
async function privateResults(given: string | undefined): Promise<string> {
  // Checked before the folder is made: a wrong --results leaves nothing behind.
  const log = given === undefined ? undefined : await resultsLogPath(given)
  const dir = await mkdtemp(join(tmpdir(), 'export-results-'))
  if (log)
    await copyFile(log, join(dir, RESULTS_LOG))
  return dir
}

interface SettleOptions {
  slides: number
  timeoutMs: number
  onProgress?: (state: string) => void
}

/** How long the page must go without reloading before it counts as settled. */
const QUIET_MS = 2500

async function settle(page: Page, url: string, { slides, timeoutMs, onProgress }: SettleOptions): Promise<void> {
  let lastNavigation = performance.now()
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame())
      lastNavigation = performance.now()
  })
  const deadline = performance.now() + timeoutMs
  await page.goto(url, { waitUntil: 'networkidle', timeout: timeoutMs })
  let state = ''
  while (performance.now() < deadline) {
    const ready = await page.evaluate(async (expected) => {
      const mounted = document.querySelectorAll('.print-slide-container').length
      const loading = document.querySelectorAll('.slidev-slide-loading').length
      // Mermaid renders into a shadow root; a diagram that fails shows a <pre> instead (the checks catch those).
      const pending = [...document.querySelectorAll('.mermaid')].filter(el => !el.shadowRoot?.querySelector('svg')).length
      await document.fonts.ready
      return { ok: mounted >= expected && loading === 0 && pending === 0, state: `${Math.max(0, mounted - loading)} of ${Math.max(mounted, expected)} pages ready, ${pending} diagrams pending` }
    }, slides).catch(() => ({ ok: false, state: 'reloading' })) // the page may be reloading under us
    if (ready.state !== state)
      onProgress?.(ready.state)
    state = ready.state
    if (ready.ok && performance.now() - lastNavigation > QUIET_MS) {
      await page.waitForLoadState('networkidle')
      return
    }
    await page.waitForTimeout(250)
  }
  throw new Error(`The print page did not settle within ${timeoutMs / 1000} s (${state})`)
}
