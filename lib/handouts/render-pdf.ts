/**
 * Turns the handout HTML into its final form in Chromium, offline: Mermaid diagrams are rendered
 * once, with the mermaid package from node_modules and the deck's own Mermaid options
 * (setup/mermaid.ts), and their SVG is written into the HTML (so the HTML needs no script); then
 * each PDF is printed with page numbers and an outline built from the headings.
 */
import type { Browser, Page } from 'playwright-chromium'
import { writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-chromium'
import deckMermaidSetup from '../../setup/mermaid'
import { chromiumLaunchOptions } from '../../scripts/lib/chromium'

export type Paper = 'a4' | 'letter'

export interface RenderJob {
  /** The document, with diagrams still as `<pre class="mermaid">` source. */
  html: string
  /** Where the final HTML goes; its folder must hold `fonts/`. */
  htmlPath: string
  pdfPath: string
  /** Shown in the page footer beside the page number. */
  footer: string
}

const require = createRequire(import.meta.url)
const MERMAID_PRE = /<pre class="mermaid"(?: data-theme="([\w-]+)")?>([\s\S]*?)<\/pre>/g

function footerTemplate(text: string): string {
  const escaped = text.replace(/[<>&]/g, c => `&#${c.charCodeAt(0)};`)
  return `<div style="font-family: sans-serif; font-size: 8pt; color: #4b5563; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;"><span>${escaped}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

export async function renderDocuments(jobs: readonly RenderJob[], paper: Paper): Promise<void> {
  let browser: Browser | undefined
  try {
    browser = await chromium.launch(chromiumLaunchOptions())
    const context = await browser.newContext({ offline: true })
    // Everything the page needs is on disk; a request for anything else is a bug, not a fetch.
    await context.route(/^(?!file:|data:|blob:|about:)/, route => route.abort())
    const page = await context.newPage()

    const sources = [...new Set(jobs.flatMap(job => [...job.html.matchAll(MERMAID_PRE)].map(match => match[0])))]
    const svgs = sources.length ? await renderMermaid(page, jobs[0].htmlPath, sources) : []
    const svgBySource = new Map(sources.map((source, index) => [source, svgs[index]]))

    for (const job of jobs) {
      const html = job.html.replace(MERMAID_PRE, source => `<div class="diagram-svg">${svgBySource.get(source)}</div>`)
      await writeFile(job.htmlPath, html)
      await page.goto(pathToFileURL(job.htmlPath).href, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      await page.pdf({
        path: job.pdfPath,
        format: paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(job.footer),
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true,
      })
    }
  }
  finally {
    await browser?.close()
  }
}

/**
 * Renders each `<pre class="mermaid">` source to SVG, as the deck's <Mermaid> does. Runs on a
 * page with the handout's fonts so labels are measured in the font they print in.
 */
async function renderMermaid(page: Page, fontPagePath: string, sources: readonly string[]): Promise<string[]> {
  await writeFile(fontPagePath, `<!doctype html><html><head><style>@font-face { font-family: 'Inter Variable'; font-weight: 100 900; src: url('fonts/inter-latin-wght-normal.woff2') format('woff2-variations'); }</style></head><body></body></html>`)
  await page.goto(pathToFileURL(fontPagePath).href)
  // A file:// script tag lets Chromium load and compile mermaid itself, much faster than injecting 3 MB of source.
  await page.addScriptTag({ url: pathToFileURL(require.resolve('mermaid/dist/mermaid.min.js')).href })
  const config = JSON.parse(JSON.stringify(deckMermaidSetup() ?? {})) as Record<string, unknown>
  return page.evaluate(async ({ sources, config }) => {
    interface MermaidApi {
      initialize: (config: Record<string, unknown>) => void
      render: (id: string, code: string) => Promise<{ svg: string }>
    }
    const mermaid = (window as unknown as { mermaid: MermaidApi }).mermaid
    await document.fonts.load('16px "Inter Variable"')
    const svgs: string[] = []
    for (const [index, source] of sources.entries()) {
      const holder = document.createElement('div')
      holder.innerHTML = source
      const pre = holder.firstElementChild as HTMLElement
      mermaid.initialize({ startOnLoad: false, ...config, ...(pre.dataset.theme ? { theme: pre.dataset.theme } : {}) })
      svgs.push((await mermaid.render(`handout-diagram-${index}`, pre.textContent ?? '')).svg)
    }
    return svgs
  }, { sources, config })
}
