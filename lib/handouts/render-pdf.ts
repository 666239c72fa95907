/**
 * Turns the handout HTML into its final form in Chromium, offline: Mermaid diagrams are rendered
 * once, with the mermaid package from node_modules and the deck's own Mermaid options
 * (setup/mermaid.ts), and their SVG is written into the HTML (so the HTML needs no script); then
 * each PDF is printed with page numbers and an outline built from the headings.
 */
import type { Browser, Page } from 'playwright-core'
import type { Paper } from 'slidev-addon-live-polls/node/paper.ts'
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { footerTemplate, pdfOptions } from 'slidev-addon-live-polls/node/print-pdf.ts'
import deckMermaidSetup from '../../setup/mermaid'

import { pdfDestinationPages } from './pdf-destinations'

export type { Paper }

export interface RenderJob {
  /**
   * The document, with diagrams still as `<pre class="mermaid">` source, given the page of each
   * measured anchor (empty on the first pass): the contents' page numbers come from there.
   */
  html: (pages: Readonly<Record<string, number>>) => string
  /** Element ids whose page is measured in the printed PDF (sections, questions and their lines). */
  anchors?: readonly string[]
  /** Where the final HTML goes; its folder must hold `fonts/`. */
  htmlPath: string
  pdfPath: string
  /** Shown in the page footer beside the page number. */
  footer: string
}

const require = createRequire(import.meta.url)
/** Rendered diagrams, keyed by source, options and Mermaid version: Mermaid is most of a cold build. */
export const MERMAID_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/handouts-mermaid', import.meta.url))
const MERMAID_PRE = /<pre class="mermaid"(?: data-theme="([\w-]+)")?>([\s\S]*?)<\/pre>/g

/** The page of each measured anchor, per job, as printed in the final PDF. */
export type MeasuredPages = Record<string, number>[]

export async function renderDocuments(jobs: readonly RenderJob[], paper: Paper): Promise<MeasuredPages> {
  const measured: MeasuredPages = []
  let browser: Browser | undefined
  try {
    browser = await chromium.launch(chromiumLaunchOptions())
    const context = await browser.newContext({ offline: true })
    // Everything the page needs is on disk; a request for anything else is a bug, not a fetch.
    await context.route(/^(?!file:|data:|blob:|about:)/, route => route.abort())
    const page = await context.newPage()

    const sources = [
      ...new Set(jobs.flatMap(job => [
        ...job.html({}).matchAll(MERMAID_PRE),
      ].map(match => match[0]))),
    ]
    const svgBySource = await cachedDiagrams(sources, missing => renderMermaid(page, jobs[0].htmlPath, missing))

    const options = pdfOptions(paper)
    for (const job of jobs) {
      const load = async (pages: Readonly<Record<string, number>>) => {
        await writeFile(job.htmlPath, job.html(pages).replace(MERMAID_PRE, source => `<div class="diagram-svg">${svgBySource.get(source)}</div>`))
        await page.goto(pathToFileURL(job.htmlPath).href, { waitUntil: 'load' })
        await page.evaluate(() => document.fonts.ready)
      }
      let pages: Record<string, number> = {}
      await load(pages)
      // Measure, put the numbers in, and measure again until the numbers describe the printed pages.
      for (let pass = 0; job.anchors?.length && pass < 3; pass++) {
        const next = await measureAnchors(page, job.anchors, options)
        const stable = job.anchors.every(id => next[id] === pages[id])
        pages = next
        if (stable)
          break
        await load(pages)
      }
      measured.push(pages)
      await page.pdf({ ...options, path: job.pdfPath, footerTemplate: footerTemplate(job.footer) })
    }
  }
  finally {
    await browser?.close()
  }
  return measured
}

/**
 * The page of each element id, read from a PDF printed with a link to each of them (Chromium
 * records a link's target page); the links sit out of the flow, so the layout is the same.
 */
async function measureAnchors(page: Page, anchors: readonly string[], options: ReturnType<typeof pdfOptions>): Promise<Record<string, number>> {
  await page.evaluate((ids) => {
    const holder = document.createElement('div')
    holder.id = 'page-measure'
    holder.style.cssText = 'position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden'
    for (const id of ids) {
      const link = document.createElement('a')
      link.href = `#${id}`
      link.textContent = '.'
      holder.append(link)
    }
    document.body.append(holder)
  }, [...anchors])
  const pdf = await page.pdf(options)
  await page.evaluate(() => document.getElementById('page-measure')?.remove())
  return pdfDestinationPages(pdf)
}

interface Diagram {
  source: string
  /** Stable SVG id, so cached diagrams never clash inside one document. */
  id: string
}

async function cachedDiagrams(sources: readonly string[], render: (diagrams: Diagram[]) => Promise<string[]>): Promise<Map<string, string>> {
  const config = JSON.stringify(deckMermaidSetup() ?? {})
  const version = (require('mermaid/package.json') as { version: string }).version
  const diagrams = sources.map(source => ({ source, id: `diagram-${createHash('sha256').update(`${version}\0${config}\0${source}`).digest('hex').slice(0, 16)}` }))
  const svgs = new Map<string, string>()
  const missing: Diagram[] = []
  for (const diagram of diagrams) {
    const cached = await readFile(join(MERMAID_CACHE_DIR, `${diagram.id}.svg`), 'utf8').catch(() => undefined)
    if (cached)
      svgs.set(diagram.source, cached)
    else
      missing.push(diagram)
  }
  if (missing.length) {
    const rendered = await render(missing)
    await mkdir(MERMAID_CACHE_DIR, { recursive: true })
    for (const [index, diagram] of missing.entries()) {
      svgs.set(diagram.source, rendered[index])
      await writeFile(join(MERMAID_CACHE_DIR, `${diagram.id}.svg`), rendered[index])
    }
  }
  return svgs
}

/**
 * Renders each `<pre class="mermaid">` source to SVG, as the deck's <Mermaid> does. Runs on a
 * page with the handout's fonts so labels are measured in the font they print in.
 */
async function renderMermaid(page: Page, fontPagePath: string, diagrams: readonly Diagram[]): Promise<string[]> {
  await writeFile(fontPagePath, `<!doctype html><html><head><style>@font-face { font-family: 'Inter Variable'; font-weight: 100 900; src: url('fonts/inter-latin-wght-normal.woff2') format('woff2-variations'); }</style></head><body></body></html>`)
  await page.goto(pathToFileURL(fontPagePath).href)
  // A file:// script tag lets Chromium load and compile mermaid itself, much faster than injecting 3 MB of source.
  await page.addScriptTag({ url: pathToFileURL(require.resolve('mermaid/dist/mermaid.min.js')).href })
  const config = JSON.parse(JSON.stringify(deckMermaidSetup() ?? {})) as Record<string, unknown>
  return page.evaluate(async ({ diagrams, config }) => {
    interface MermaidApi {
      initialize: (config: Record<string, unknown>) => void
      render: (id: string, code: string) => Promise<{ svg: string }>
    }
    const mermaid = (window as unknown as { mermaid: MermaidApi }).mermaid
    await document.fonts.load('16px "Inter Variable"')
    const svgs: string[] = []
    for (const { source, id } of diagrams) {
      const holder = document.createElement('div')
      holder.innerHTML = source
      const pre = holder.firstElementChild as HTMLElement
      mermaid.initialize({
        startOnLoad: false,
        ...config,
        ...(pre.dataset.theme
          ? { theme: pre.dataset.theme }
          : {}),
      })
      svgs.push((await mermaid.render(id, pre.textContent ?? '')).svg)
    }
    return svgs
  }, { diagrams, config })
}
