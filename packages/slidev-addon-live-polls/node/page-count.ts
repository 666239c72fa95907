import { readFileSync } from 'node:fs'

/**
 * Pages of a PDF written by Chromium, counted from its page objects (`/Type /Page`, not `/Pages`),
 * so progress lines need no poppler. Chromium writes page dictionaries uncompressed.
 */
export function pdfPageCount(path: string): number {
  return readFileSync(path).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}
