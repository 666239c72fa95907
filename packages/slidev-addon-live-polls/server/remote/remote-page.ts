/**
 * Builds the /remote page once per start: one small HTML response with its CSS and script inline,
 * locked by a CSP to this server, in the deck's typeface. It holds no secret: the token arrives in
 * the URL fragment of the QR code (never sent to the server) and goes out only in Authorization
 * headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LiveTheme } from '../../core/theme.ts'
import type { PhoneFont } from '../phone-font.ts'
import { readFileSync } from 'node:fs'
import { bundleRemoteClient } from '../join/client-bundle.ts'
import { phonePage } from '../phone-page.ts'

const here = (name: string) => new URL(name, import.meta.url)

export interface RemotePageOptions {
  /** The deck's title, in the tab's name. */
  workshop: string
  font: PhoneFont
  theme: LiveTheme
}

export async function buildRemotePage({ workshop, font, theme }: RemotePageOptions): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const { html, headers } = phonePage({
    title: workshop ? `Remote: ${workshop}` : 'Remote',
    font,
    theme,
    head: '<meta name="robots" content="noindex">\n',
    css: readFileSync(here('./remote.css'), 'utf8'),
    body: '<div id="remote"><h1 class="alone">Connecting…</h1></div>',
    script: await bundleRemoteClient(),
  })
  return (req, res) => {
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : html)
  }
}
