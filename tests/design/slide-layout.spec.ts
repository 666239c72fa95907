import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { type } from '../../lib/design/tokens'
import { deckSource, openSlide } from '../deck/deck-source'
import { measureSlide } from './measure-slide'

const MIN = { body: type.body, table: type.table, fine: type.small, diagram: 24 }
const SHOTS = 'exports/screens'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Slide layout in ${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test(`every slide keeps its text inside the canvas, at projector size, without overlaps (${colorScheme})`, async ({ page }) => {
      test.setTimeout(600_000)
      const { slides } = await deckSource()
      mkdirSync(`${SHOTS}/${colorScheme}`, { recursive: true })
      const report: Record<number, unknown> = {}
      for (const slide of slides) {
        await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
          await openSlide(page, slide.no, slide.mermaid.length)
          const m = await measureSlide(page, slide.no)
          report[slide.no] = { file: slide.file, ...m.smallest }
          await page.locator('#slide-content').screenshot({ path: `${SHOTS}/${colorScheme}/slide-${String(slide.no).padStart(2, '0')}.png` })
          const where = `slide ${slide.no} (${slide.file}:${slide.line})`
          for (const kind of ['body', 'table', 'fine', 'diagram'] as const) {
            const s = m.smallest[kind]
            if (s)
              expect.soft(s.px, `${where}: ${kind} text "${s.text}" at ${s.px} px`).toBeGreaterThanOrEqual(MIN[kind] - 0.5)
          }
          expect.soft(m.outside, `${where}: outside the canvas`).toEqual([])
          expect.soft(m.overlaps, `${where}: overlapping text`).toEqual([])
        })
      }
      writeFileSync(`${SHOTS}/text-sizes-${colorScheme}.json`, `${JSON.stringify(report, null, 1)}\n`)
      // A contact sheet of every slide for review (imagemagick's montage, when installed).
      try {
        execFileSync('montage', ['-geometry', '320x180+4+4', '-tile', '6x', '-label', '%t', `${SHOTS}/${colorScheme}/slide-*.png`, `${SHOTS}/contact-${colorScheme}.png`])
      }
      catch {}
    })
  })
}
