import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { pollChoices } from 'slidev-addon-live-polls/core/polls/rows.ts'
import { pollSchema } from 'slidev-addon-live-polls/core/polls/schema.ts'
import { buildAgenda } from '../../lib/agenda'
import { loadExercises } from '../../lib/exercises/load-exercises'
import { formatClock } from '../../lib/handouts/clock'
import { exportDeck } from '../../scripts/lib/export-deck'
import { SLIDES_PER_SHEET } from '../../scripts/lib/print-layouts'
import { normalise, probes } from '../handouts/text-probes'
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

/** Every page of a PDF as one contact sheet in exports/ for review (imagemagick, when installed). */
function contactSheet(pdf: string, name: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'sheet-'))
  try {
    execFileSync('pdftoppm', ['-r', '30', '-png', pdf, join(dir, 'p')])
    mkdirSync('exports', { recursive: true })
    execFileSync('montage', ['-geometry', '+4+4', '-tile', '8x', '-label', '%f', join(dir, 'p-*.png'), `exports/contact-${name}.png`])
  }
  catch {}
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test.describe('Paper layouts', () => {
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from the first argument's pattern
  test('the slides PDF carries the deck title and shows every poll\'s options instead of empty bars', async ({}, testInfo) => {
    test.setTimeout(420_000)
    const { slides, entry, headmatter } = await deckSource()
    const output = testInfo.outputPath('slides.pdf')
    await exportDeck({ entry, output })
    contactSheet(output, 'slides')
    expect(execFileSync('pdfinfo', [output], { encoding: 'utf8' })).toContain(`Title:           ${String(headmatter.title)}`)
    const pages = pdfPages(output)
    expect(pages).toHaveLength(slides.length)
    for (const slide of slides.filter(s => s.frontmatter.poll)) {
      const poll = pollSchema.parse(slide.frontmatter.poll)
      const text = words(pages[slide.no - 1]!).join(' ')
      for (const choice of pollChoices(poll))
        expect.soft(text, `slide ${slide.no}: option "${choice.label}"`).toContain(words(choice.label).join(' '))
      expect.soft(pages[slide.no - 1], `slide ${slide.no}: on-screen buttons in the PDF`).not.toMatch(/Type in the counts|Open voting|Reveal results/)
    }
  })

  for (const layout of ['handout', 'notes'] as const) {
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from the first argument's pattern
    test(`the ${layout} layout prints up to ${SLIDES_PER_SHEET[layout]} slides per A4 page on the same print path`, async ({}, testInfo) => {
      test.setTimeout(420_000)
      const { slides, entry } = await deckSource()
      const output = testInfo.outputPath(`${layout}.pdf`)
      const result = await exportDeck({ entry, output, layout })
      contactSheet(output, layout)
      const pages = pdfPages(output)
      // The handout is the participants' copy: the exercises' sample-answer slides stay out of it.
      const printed = slides.filter(slide => !result.leftOut.includes(slide.no))
      expect(result.leftOut.length, 'sample-answer slides left out').toBe(layout === 'handout' ? (await loadExercises()).length : 0)
      if (layout === 'handout')
        expect(pages).toHaveLength(Math.ceil(printed.length / SLIDES_PER_SHEET.handout))
      else
        // Short notes share a page, two slides to it; long ones get a page each.
        expect(pages.length).toBeLessThan(slides.length * 0.8)
      expect(result.pages).toBe(pages.length)
      const info = execFileSync('pdfinfo', [output], { encoding: 'utf8' })
      // A4 portrait, both: slides across the top of a notes page leave no half of it empty.
      expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+/)
      // The slides stay text on paper: each poll's options are on the page that holds its slide.
      for (const slide of printed.filter(s => s.frontmatter.poll)) {
        const page = pages[result.sheetOf[slide.no]! - 1]!
        for (const choice of pollChoices(pollSchema.parse(slide.frontmatter.poll)))
          expect.soft(words(page).join(' '), `slide ${slide.no}: option "${choice.label}"`).toContain(words(choice.label).join(' '))
      }
      if (layout === 'handout') {
        // No sample answer, read from each exercise's own source, is anywhere in the handout's text.
        const text = normalise(pages.join(' '))
        const answers = (await loadExercises()).flatMap(exercise => probes(exercise.solution).map(phrase => ({ file: exercise.file, phrase })))
        expect(answers.length).toBeGreaterThanOrEqual(5)
        for (const { file, phrase } of answers)
          expect.soft(text, `${file}: sample answer in the 3-up handout`).not.toContain(phrase)
      }
      if (layout === 'notes') {
        // Each slide's notes open with when it runs, on the page that holds the slide, and no
        // slide's notes run off the bottom of its page.
        const agenda = buildAgenda(slides.map(slide => slide.frontmatter), 0)
        for (const part of agenda.parts) {
          for (const no of part.slides)
            expect.soft(normalise(pages[result.sheetOf[no]! - 1]!), `slide ${no}'s caption`).toContain(`Slide ${no} · `)
          expect.soft(normalise(pages[result.sheetOf[part.slides[0]!]! - 1]!), `part "${part.title}" starts at its clock time`).toContain(`Slide ${part.slides[0]} · ${formatClock(part.startsAt)} · `)
        }
        const phrase = words(slides[0]!.note).slice(0, 4).join(' ')
        expect(words(pages[0]!).join(' ')).toContain(phrase)
        expect(result.cutNotes, 'slides whose notes are cut on paper').toEqual([])
      }
    })
  }
})
