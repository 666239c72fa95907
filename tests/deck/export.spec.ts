import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { exportDeck } from '../../scripts/lib/export-deck'
import { deckSource, measureDiagrams, openSlide, staysOnMachine } from './deck-source'

/** The text of each PDF page, from poppler's pdftotext. */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

test.describe('PDF export', () => {
  test('the PDF has one page per slide and shows every diagram\'s labels, without leaving the machine', async ({ page }, testInfo) => {
    test.setTimeout(420_000)
    const { slides, entry } = await deckSource()
    const output = testInfo.outputPath('slides.pdf')
    const requests: string[] = []
    await exportDeck({ entry, output, onRequest: url => requests.push(url) })

    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter(url => !staysOnMachine(url))).toEqual([])

    const pages = pdfPages(output)
    expect(pages).toHaveLength(slides.length)

    // The labels come from the diagrams as the built deck renders them, so they follow the source.
    for (const slide of slides.filter(s => s.mermaid.length > 0)) {
      await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
        await openSlide(page, slide.no, slide.mermaid.length)
        const pageWords = new Set(words(pages[slide.no - 1]!))
        // pdftotext joins a word hyphenated across a line break ("in-" / "house" reads "inhouse").
        const squashed = words(pages[slide.no - 1]!).join('')
        for (const [i, diagram] of (await measureDiagrams(page, slide.no)).entries()) {
          // pdftotext reads text rotated by 90 degrees (a quadrant chart's y axis) backwards.
          const found = (w: string) => pageWords.has(w) || pageWords.has([...w].reverse().join('')) || squashed.includes(w)
          const missing = diagram.labels.flatMap(words).filter(w => !found(w))
          expect.soft(missing, `${slide.file}:${slide.mermaid[i]!.line}: labels missing from PDF page ${slide.no}`).toEqual([])
          expect.soft(diagram.labels.length, `${slide.file}:${slide.mermaid[i]!.line}: no labels rendered`).toBeGreaterThan(0)
        }
      })
    }
  })
})
