/**
 * Builds the /join page once per server start: one HTML response with the CSS and the script
 * inlined (one request on a slow network), gzipped, and locked by a CSP to this server only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { tokensCss } from '../../lib/design/tokens'
import { REACTION_COOLDOWN_MS, REACTIONS } from '../../lib/reactions/reactions.ts'
import { compileClient } from './compile-client.ts'

const here = (name: string) => new URL(name, import.meta.url)

export interface JoinPage {
  /** The page with `state` inlined, so it is usable after one round trip on a slow network. */
  render: (state: object) => string
  serve: (req: IncomingMessage, res: ServerResponse, state: object) => void
}

export async function buildJoinPage(): Promise<JoinPage> {
  const polls = await compileClient(readFileSync(here('./join-client.ts'), 'utf8'))
  const questions = await compileClient(readFileSync(here('./join-questions.ts'), 'utf8'))
  const reactions = await compileClient(readFileSync(here('./join-reactions.ts'), 'utf8'))
  // Each file in its own block: their top-level names stay apart in the one inline script.
  const bar = `const REACTION_BAR = ${JSON.stringify({ reactions: REACTIONS, cooldownMs: REACTION_COOLDOWN_MS })};\n`
  const script = bar + [polls, questions, reactions].map(part => `{\n${part}\n}\n`).join('')
  // The kit's palette (dark by the phone's own setting), then the page's layout.
  const css = `${tokensCss({ dark: 'media' })}\n${readFileSync(here('./join.css'), 'utf8')}`
  const scriptHash = createHash('sha256').update(script).digest('base64')
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join the poll</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<header><strong>Workshop poll</strong><span id="status" role="status">Connecting…</span></header>
<main id="app" aria-live="polite"><h1>Connecting…</h1></main>
<script id="initial" type="application/json">@@STATE@@</script>
<script type="module">${script}</script>
</body>
</html>
`
  const [head, tail] = html.split('@@STATE@@')
  // `<` escaped so no text in the state can close the script element.
  const render = (state: object) => `${head}${JSON.stringify(state).replace(/</g, '\\u003c')}${tail}`
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Vary': 'Accept-Encoding',
    // Everything comes from this server: no request can leave the classroom network.
    'Content-Security-Policy': `default-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }
  return {
    render,
    serve(req, res, state) {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const page = render(state)
      const body = gzip
        ? gzipSync(page, { level: 6 })
        : page
      res.writeHead(200, {
        ...headers,
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
