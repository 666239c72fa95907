/**
 * Builds the /remote page once per start: one small HTML response with its CSS and script inline,
 * locked by a CSP to this server. It holds no secret: the token arrives in the URL fragment of the
 * QR code (never sent to the server) and goes out only in Authorization headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { tokensCss } from '../../lib/design/tokens.ts'
import { bundleRemoteClient } from '../join/client-bundle.ts'

const here = (name: string) => new URL(name, import.meta.url)

export async function buildRemotePage(): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const script = await bundleRemoteClient()
  // The kit's palette (dark by the phone's own setting), then the page's layout.
  const css = `${tokensCss({ dark: 'media' })}\n${readFileSync(here('./remote.css'), 'utf8')}`
  const hash = createHash('sha256').update(script).digest('base64')
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Remote</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<main id="remote" aria-live="polite"><h1>Connecting…</h1></main>
<script type="module">${script}</script>
</body>
</html>
`
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': `default-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }
  return (req, res) => {
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : html)
  }
}
