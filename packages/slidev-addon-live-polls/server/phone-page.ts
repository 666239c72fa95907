/**
 * The shell of the pages phones open (/join, /remote): one HTML document with the deck's theme,
 * the page's own stylesheet and its bundled script inlined, so a slow network needs one round trip,
 * the deck's typeface from this server (phone-font.ts), and headers whose CSP lets the page talk
 * to this server only (the script is allowed by its hash).
 */
import type { LiveTheme } from '../core/theme.ts'
import type { PhoneFont } from './phone-font.ts'
import { createHash } from 'node:crypto'
import { escapeHtml } from '../core/html.ts'
import { themeCss } from '../core/theme.ts'

export interface PhonePageParts {
  /** The document's title, as text (it may hold the deck's title). */
  title: string
  /** The page's own layout; the theme's properties (dark by the phone's own setting) come first. */
  css: string
  /** What goes in <body> before the script. */
  body: string
  script: string
  /** More <head> elements (e.g. robots). */
  head?: string
  font: PhoneFont
  theme: LiveTheme
}

export interface PhonePage {
  html: string
  headers: Record<string, string>
}

export function phonePage({ title, css, body, script, head = '', font, theme }: PhonePageParts): PhonePage {
  const scriptHash = createHash('sha256').update(script).digest('base64')
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}${font.head}<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${font.css}
${themeCss(theme, { dark: 'media' })}
${css}</style>
</head>
<body>
${body}
<script type="module">${script}</script>
</body>
</html>
`
  return {
    html,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      // Everything comes from this server: no request can leave the classroom network.
      'Content-Security-Policy': `default-src 'none'; connect-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  }
}
