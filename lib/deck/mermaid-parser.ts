/**
 * Mermaid's own parser, run where it works: it needs a DOM, so it runs in headless Chromium with
 * the Mermaid bundle from node_modules (no network). Same Mermaid copy as the deck uses.
 *
 *   const parser = await openMermaidParser(chromiumLaunchOptions())
 *   await parser.parse('flowchart LR\n  A --> B')   // { ok: true, type: 'flowchart-v2' }
 *   await parser.close()
 */
import type { LaunchOptions } from 'playwright-core'
import { createRequire } from 'node:module'
import { dirname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'

export type MermaidParseResult
  = | { ok: true, type: string }
    | { ok: false, message: string, /** 1-based line inside the diagram code, when Mermaid says. */ line?: number }

export interface MermaidParser {
  parse: (code: string) => Promise<MermaidParseResult>
  close: () => Promise<void>
}

// The ESM build loads only the chunks of the diagram types it parses: about 1 s, against 5 s for
// injecting the 3.5 MB single-file build. Its files are answered from node_modules by the page's
// own request handler under a made-up loopback origin, so nothing touches the network.
const MERMAID_DIST = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'))
const ORIGIN = 'http://mermaid.localhost'

export async function openMermaidParser(launchOptions: LaunchOptions): Promise<MermaidParser> {
  const browser = await chromium.launch(launchOptions)
  try {
    const page = await browser.newPage()
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== ORIGIN)
        return route.abort()
      if (url.pathname === '/')
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body></body></html>' })
      const file = join(MERMAID_DIST, normalize(url.pathname))
      if (!file.startsWith(MERMAID_DIST))
        return route.abort()
      return route.fulfill({ path: file, contentType: 'text/javascript' })
    })
    await page.goto(`${ORIGIN}/`)
    // A string, not a function: test runners rewrite `import()` inside functions they transform.
    await page.evaluate(`import('/mermaid.esm.min.mjs').then((m) => { window.mermaid = m.default })`)
    return {
      async parse(code) {
        return page.evaluate(async (text): Promise<MermaidParseResult> => {
          const mermaid = (window as unknown as { mermaid: { parse: (t: string) => Promise<{ diagramType: string } | false> } }).mermaid
          try {
            const result = await mermaid.parse(text)
            return { ok: true, type: result ? result.diagramType : 'unknown' }
          }
          catch (error) {
            const message = String((error as Error)?.message ?? error)
            const line = /on line (\d+)/.exec(message)?.[1]
            return { ok: false, message, line: line ? Number(line) : undefined }
          }
        }, code)
      },
      close: () => browser.close(),
    }
  }
  catch (error) {
    await browser.close()
    throw error
  }
}

/** Mermaid's multi-line parse error as one line: what failed and what it expected. */
export function summariseParseError(message: string): string {
  const lines = message.split('\n').map(l => l.trim()).filter(Boolean)
  // Parse errors show the source line and a caret between the headline and the expectation.
  const meaningful = lines.filter(l => !/^-*\^$/.test(l) && !/^\.\.\./.test(l))
  if (meaningful.length <= 1)
    return meaningful[0] ?? message
  return `${meaningful[0]} ${meaningful.at(-1)}`
}
