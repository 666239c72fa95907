/**
 * Builds the /join page once per server start: one HTML response with the CSS and the script
 * inlined (one request on a slow network), gzipped, and locked by a CSP to this server only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LiveTheme } from '../../core/theme.ts'
import type { PhoneFont } from '../phone-font.ts'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { escapeHtml } from '../../core/html.ts'
import { phonePage } from '../phone-page.ts'
import { bundleJoinClient } from './client-bundle.ts'

const here = (name: string) => new URL(name, import.meta.url)

export interface JoinPage {
  /** The page with `state` inlined, so it is usable after one round trip on a slow network. */
  render: (state: object) => string
  /** `version` names the state: while it is unchanged, the page is not rendered or compressed again. */
  serve: (req: IncomingMessage, res: ServerResponse, version: string, state: () => object, extraHeaders?: Record<string, string>) => void
}

export interface JoinPageOptions {
  /** The workshop's name: the deck's `title` (its headmatter), shown at the top of every phone. */
  workshop: string
  font: PhoneFont
  theme: LiveTheme
}

export async function buildJoinPage({ workshop, font, theme }: JoinPageOptions): Promise<JoinPage> {
  const { html, headers } = phonePage({
    title: workshop ? `${workshop}: live poll` : 'Live poll',
    font,
    theme,
    css: readFileSync(here('./join.css'), 'utf8'),
    body: `<header class="top"><span class="workshop">${escapeHtml(workshop || 'Live poll')}</span><span id="status" role="status">Connecting…</span></header>
<main id="app" aria-live="polite"><h1>Connecting…</h1></main>
<script id="initial" type="application/json">@@STATE@@</script>`,
    script: await bundleJoinClient(),
  })
  const [start, end] = html.split('@@STATE@@')
  // `<` escaped so no text in the state can close the script element.
  const render = (state: object) => `${start}${JSON.stringify(state).replace(/</g, '\\u003c')}${end}`
  // A room of phones loading /join at once between two votes gets one render and one gzip.
  let last: { version: string, page: string, gzipped?: Buffer } | undefined
  return {
    render,
    serve(req, res, version, state, extraHeaders = {}) {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      if (last?.version !== version)
        last = { version, page: render(state()) }
      if (gzip)
        last.gzipped ??= gzipSync(last.page, { level: 6 })
      const body = gzip
        ? last.gzipped!
        : last.page
      res.writeHead(200, {
        ...headers,
        'Vary': 'Accept-Encoding',
        ...extraHeaders,
        ...(gzip
          ? { 'Content-Encoding': 'gzip' }
          : {}),
        'Content-Length': Buffer.byteLength(body),
      })
      res.end(req.method === 'HEAD'
        ? undefined
        : body)
    },
  }
}
