/**
 * Builds the /remote page once per start: one small HTML response with its CSS and script inline,
 * locked by a CSP to this server. It holds no secret: the token arrives in the URL fragment of the
 * QR code (never sent to the server) and goes out only in Authorization headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { bundleRemoteClient } from '../join/client-bundle.ts'
import { phonePage } from '../phone-page.ts'

const here = (name: string) => new URL(name, import.meta.url)

export async function buildRemotePage(): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const { html, headers } = phonePage({
    title: 'Remote',
    head: '<meta name="robots" content="noindex">\n',
    css: readFileSync(here('./remote.css'), 'utf8'),
    body: '<main id="remote" aria-live="polite"><h1>Connecting…</h1></main>',
    script: await bundleRemoteClient(),
  })
  return (req, res) => {
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : html)
  }
}
