import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { hasTalkingPoints } from '../../lib/deck/checks/notes'
import { currentSlide, deckSource, measureDiagrams, openSlide, slideContent, watchPage } from './deck-source'

test.describe('Walking through the deck', () => {
  test('every slide shows without console errors, page errors or requests that leave the machine', async ({ page }) => {
    test.setTimeout(300_000)
    const { slides } = await deckSource()
    const watch = watchPage(page)
    for (const slide of slides) {
      await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
        watch.reset()
        await openSlide(page, slide.no, slide.mermaid.length)
        await expect(slideContent(page)).not.toBeEmpty()
        expect.soft(watch.consoleErrors, `console errors on slide ${slide.no}`).toEqual([])
        expect.soft(watch.pageErrors, `page errors on slide ${slide.no}`).toEqual([])
        expect.soft(watch.externalRequests, `requests off the machine on slide ${slide.no}`).toEqual([])
      })
    }
  })

  test('the deck ends on the last slide the source declares', async ({ page }) => {
    const { slides } = await deckSource()
    const last = slides.length
    await page.goto(`/${last}?clicks=999`)
    await expect(currentSlide(page, last)).toBeVisible()
    // Moving on from the last slide leads nowhere: there is no slide beyond what the source declares.
    await page.keyboard.press('ArrowRight')
    await expect(currentSlide(page, last)).toBeVisible()
    await expect(currentSlide(page, last + 1)).toHaveCount(0)
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Mermaid diagrams in ${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test(`every diagram renders inside the 1280x720 slide in ${colorScheme} mode`, async ({ page }) => {
      test.setTimeout(300_000)
      const { slides } = await deckSource()
      const withDiagrams = slides.filter(slide => slide.mermaid.length > 0)
      for (const slide of withDiagrams) {
        await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
          await openSlide(page, slide.no, slide.mermaid.length)
          await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
          const box = await slideContent(page).boundingBox()
          expect(box).toMatchObject({ width: 1280, height: 720 })
          const diagrams = await measureDiagrams(page, slide.no)
          diagrams.forEach((diagram, i) => {
            const where = `${slide.file}:${slide.mermaid[i]!.line} (slide ${slide.no})`
            expect.soft(diagram.width * diagram.height, `${where}: empty SVG`).toBeGreaterThan(0)
            expect.soft(diagram.labels.length, `${where}: no labels`).toBeGreaterThan(0)
            expect.soft(diagram.overflow, `${where}: sticks out of the slide by ${diagram.overflow.toFixed(0)} px`).toBeLessThanOrEqual(1)
          })
        })
      }
    })
  })
}

// Contrast differs between the themes, so axe reads every slide in both.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test(`no slide has serious or critical axe violations in ${colorScheme} mode`, async ({ page }) => {
      test.setTimeout(600_000)
      const { slides } = await deckSource()
      for (const slide of slides) {
        await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
          await openSlide(page, slide.no, slide.mermaid.length)
          const { violations } = await new AxeBuilder({ page }).include(`#slide-content .slidev-page-${slide.no}`).analyze()
          const severe = violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
          expect.soft(severe, `slide ${slide.no}, ${slide.file}:${slide.line}`).toEqual([])
        })
      }
    })
  })
}

test.describe('Presenter view', () => {
  test('opens with the notes and the timer', async ({ page }) => {
    const { slides } = await deckSource()
    const watch = watchPage(page)
    await page.goto('/presenter/1')
    const notes = page.locator('.slidev-note')
    await expect(notes).toBeVisible()
    await expect(notes).toContainText(/Planned: \d+ min/)
    // The timer sits in the presenter's bottom bar: "-:--" until started, then m:ss.
    await expect(page.locator('.slidev-presenter .bottom').getByText(/^\s*(?:-|\d+)\s*:\s*(?:--|\d{2})\s*$/)).toBeVisible()
    expect(watch.pageErrors).toEqual([])
    expect(slides[0]!.note.trim()).not.toBe('')
  })

  test('every slide has talking points in its notes', async ({ page }) => {
    test.setTimeout(300_000)
    const { slides } = await deckSource()
    for (const slide of slides) {
      await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
        await page.goto(`/presenter/${slide.no}`)
        const notes = page.locator('.slidev-note')
        await expect(notes).toContainText(/Planned: \d+ min/)
        expect.soft(hasTalkingPoints(await notes.textContent() ?? ''), `slide ${slide.no} has only the planned time in its notes`).toBe(true)
      })
    }
  })
})
