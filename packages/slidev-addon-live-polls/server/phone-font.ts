/**
 * The phone pages' typeface (/join, /remote): Inter, the variable-weight Latin subset of
 * @fontsource-variable/inter, under the family name the addon's theme names first, served by
 * the poll server itself so no request leaves the classroom network. Its address carries a hash of
 * the file, so a phone downloads it once (about 47 KB, already compressed) and keeps it for good.
 */
import type { Route } from './http-api.ts'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const FILE = 'inter-latin-wght-normal.woff2'

export interface PhoneFont {
  /** Where the pages load it from, e.g. `/api/fonts/inter-latin-1a2b3c4d5e6f.woff2`. */
  url: string
  /** The @font-face rule (the family the design tokens name first) and a preload hint. */
  css: string
  head: string
  route: Route
}

/** The family name Fontsource gives the face, which the addon's default theme names first. */
export const PHONE_FONT_FAMILY = 'Inter Variable'

/** The subset's unicode-range as Fontsource declares it for this file: other characters fall back. */
function unicodeRange(): string {
  const css = readFileSync(require.resolve('@fontsource-variable/inter/wght.css'), 'utf8')
  const face = css.split('@font-face').find(rule => rule.includes(FILE))
  const range = face && /unicode-range:([^;]+);/.exec(face)?.[1]
  if (!range)
    throw new Error(`@fontsource-variable/inter no longer declares ${FILE}: update server/phone-font.ts`)
  return range.trim()
}

export function phoneFont(): PhoneFont {
  const bytes = readFileSync(require.resolve(`@fontsource-variable/inter/files/${FILE}`))
  const url = `/api/fonts/inter-latin-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.woff2`
  // `swap`: the text is readable at once on a slow network and takes the deck's face when it lands.
  const css = `@font-face { font-family: '${PHONE_FONT_FAMILY}'; font-style: normal; font-weight: 100 900; font-display: swap; src: url(${url}) format('woff2'); unicode-range: ${unicodeRange()}; }`
  return {
    url,
    css,
    head: `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>\n`,
    route: {
      method: 'GET',
      path: url,
      auth: 'participant',
      handle: ({ req, res }) => {
        res.writeHead(200, {
          'Content-Type': 'font/woff2',
          'Content-Length': Buffer.byteLength(bytes),
          // The name changes with the file: a phone never needs to ask again.
          'Cache-Control': 'public, max-age=31536000, immutable',
          'X-Content-Type-Options': 'nosniff',
        })
        res.end(req.method === 'HEAD' ? undefined : bytes)
      },
    },
  }
}
