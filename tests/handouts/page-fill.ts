/**
 * How far down each PDF page its content reaches, read from poppler's word boxes
 * (`pdftotext -bbox`), leaving out the running footer printed in the bottom margin.
 */
import { execFileSync } from 'node:child_process'

export interface PageFill {
  page: number
  /** The lowest content word's bottom edge, as a share of the page height (0 to 1). */
  reach: number
}

/** `bottomMarginPt`: the page margin that holds only the footer (20 mm by default). */
export function pageFill(pdf: string, bottomMarginPt = 20 * 72 / 25.4): PageFill[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((match, index) => {
    const height = Number(match[2])
    const bottoms = [...match[3]!.matchAll(/yMax="([\d.]+)"/g)].map(m => Number(m[1])).filter(y => y < height - bottomMarginPt)
    return { page: index + 1, reach: Math.max(0, ...bottoms) / height }
  })
}
