/**
 * HTML on disk printed to PDF in Chromium, offline: A4 or Letter, page numbers in the footer,
 * headings as the PDF's outline, tagged for screen readers. The session report uses it as is; a
 * deck's own printed documents can take its page options and footer.
 */
import type { Paper } from './paper.ts'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from './browser/chromium.ts'

export type { Paper } from './paper.ts'

/** The footer: `text` on the left, "Page N of M" on the right. */
export function footerTemplate(text: string): string {
  const escaped = text.replace(/[<>&]/g, c => `&#${c.charCodeAt(0)};`)
  return `<div style="font-family: sans-serif; font-size: 8pt; color: #4b5563; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;"><span>${escaped}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

export function pdfOptions(paper: Paper) {
  return {
    format: paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    outline: true,
    tagged: true,
  } as const
}

/** Prints `htmlPath` (its fonts and styles beside it) to `pdfPath`; nothing is fetched from elsewhere. */
export async function printPdf(htmlPath: string, pdfPath: string, { paper, footer }: { paper: Paper, footer: string }): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const context = await browser.newContext({ offline: true })
    await context.route(/^(?!file:|data:|blob:|about:)/, route => route.abort())
    const page = await context.newPage()
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    await page.pdf({ ...pdfOptions(paper), path: pdfPath, footerTemplate: footerTemplate(footer) })
  }
  finally {
    await browser.close()
  }
}
