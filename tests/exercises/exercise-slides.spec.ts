import type { Page } from '@playwright/test'
import type { Exercise } from '../../lib/exercises/exercise'
import type { DeckSource } from '../../lib/handouts/deck-source'
import { expect, test } from '@playwright/test'
import { PARTICIPANT_BLOCKS } from '../../lib/exercises/exercise'
import { loadExercises } from '../../lib/exercises/load-exercises'
import { loadDeckSource } from '../../lib/handouts/deck-source'
import { renderHtmlDocument } from '../../lib/handouts/html-document'
import { loadHandoutLibrary } from '../../lib/handouts/library'
import { participantHandout } from '../../lib/handouts/participant-handout'

let deck: DeckSource
let exercises: Exercise[]

test.beforeAll(async () => {
  exercises = await loadExercises()
  deck = await loadDeckSource()
})

function slidesOf(exercise: Exercise): number[] {
  return deck.slides.filter(slide => slide.file === exercise.file).map(slide => slide.number)
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Visible text of each participant block on the current page, keyed by block name. */
async function participantText(page: Page, number: number): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  for (const name of PARTICIPANT_BLOCKS) {
    const body = slide(page, number).locator(`[data-block="${name}"] .exercise-block-body`)
    if (await body.count())
      // innerText, not textContent: the text as rendered is what participants see.
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      found[name] = normalise(await body.first().innerText())
  }
  return found
}

/** Slidev keeps the neighbouring slides mounted (hidden); scope every query to the current one. */
function slide(page: Page, number: number) {
  return page.locator(`.slidev-page-${number}`)
}

async function openSlide(page: Page, number: number, clicks = 0) {
  await page.goto(`/${number}${clicks
    ? `?clicks=${clicks}`
    : ''}`)
  await expect(slide(page, number)).toBeVisible()
  await page.waitForFunction(() => document.fonts.status === 'loaded')
}

test.describe('exercise slides', () => {
  test('the participant text on every exercise slide equals the text in the participant handout', async ({ page, browser }) => {
    const handout = await browser.newPage()
    await handout.setContent(renderHtmlDocument(participantHandout(deck, exercises, await loadHandoutLibrary()), ''))
    for (const exercise of exercises) {
      const onSlides: Record<string, string> = {}
      for (const number of slidesOf(exercise)) {
        await openSlide(page, number)
        Object.assign(onSlides, await participantText(page, number))
      }
      const article = handout.locator(`[data-exercise-id="${exercise.id}"]`)
      const inHandout: Record<string, string> = {}
      for (const name of PARTICIPANT_BLOCKS)
        // eslint-disable-next-line unicorn/prefer-dom-node-text-content
        inHandout[name] = normalise(await article.locator(`[data-block="${name}"] .exercise-block-body`).innerText())
      expect(Object.keys(onSlides).sort(), `${exercise.file}: blocks shown on the slides`).toEqual([...PARTICIPANT_BLOCKS].sort())
      expect(onSlides, exercise.file).toEqual(inHandout)
    }
    await handout.close()
  })

  test('the sample answer stays hidden until the presenter clicks, then appears', async ({ page }) => {
    for (const exercise of exercises) {
      const numbers = slidesOf(exercise)
      let checked = false
      for (const number of numbers) {
        await openSlide(page, number)
        const solution = slide(page, number).locator('[data-block="exercise-solution"] .exercise-solution-body')
        if (!await solution.count())
          continue
        await expect(solution, `${exercise.file}: hidden before the click`).toBeHidden()
        await expect(slide(page, number).getByText('Your answers first.')).toBeVisible()
        await page.keyboard.press('ArrowRight')
        await expect(solution, `${exercise.file}: shown after the click`).toBeVisible()
        checked = true
      }
      expect(checked, `${exercise.file} shows its sample answer on a slide`).toBe(true)
    }
  })

  test('the countdown starts from the exercise\'s working time and works from the keyboard', async ({ page }) => {
    const [exercise] = exercises
    // The countdown is the working time (`countdown:`), not the minutes that include forming groups.
    const first = { minutes: exercise!.countdown ?? exercise!.minutes }
    expect(first.minutes).toBeLessThan(exercise!.minutes)
    await openSlide(page, slidesOf(exercise!)[0])
    const timer = slide(page, slidesOf(exercise!)[0]).getByRole('timer')
    await expect(timer).toHaveText(`${first.minutes}:00`)
    await expect(timer).toHaveAccessibleName(new RegExp(`Time left for this exercise: ${first.minutes}:00`))
    const start = slide(page, slidesOf(exercise!)[0]).getByRole('button', { name: 'Start timer' })
    await start.focus()
    await page.keyboard.press('Enter')
    await expect(timer).not.toHaveText(`${first.minutes}:00`, { timeout: 5000 })
    await expect(slide(page, slidesOf(exercise!)[0]).getByRole('button', { name: 'Pause timer' })).toBeVisible()
    // Keys go to the focused button, not to Slidev's navigation.
    await expect(page).toHaveURL(new RegExp(`/${slidesOf(exercise!)[0]}(\\?|$)`))
    await slide(page, slidesOf(exercise!)[0]).getByRole('button', { name: 'Reset timer' }).press('Enter')
    await expect(timer).toHaveText(`${first.minutes}:00`)
  })

  test('starting the countdown in one window runs it in the other (presenter and projector)', async ({ page, context }) => {
    const number = slidesOf(exercises[0])[0]
    const projector = await context.newPage()
    await openSlide(projector, number)
    await openSlide(page, number)
    await slide(page, number).getByRole('button', { name: 'Start timer' }).click()
    await expect(slide(projector, number).getByRole('button', { name: 'Pause timer' })).toBeVisible()
    await expect(slide(projector, number).getByRole('timer')).not.toHaveText(`${exercises[0].countdown ?? exercises[0].minutes}:00`, { timeout: 5000 })
    await projector.close()
  })

  test('exercise slides use text of at least 24 px and fit the slide', async ({ page }) => {
    for (const exercise of exercises) {
      for (const number of slidesOf(exercise)) {
        // With the sample answer revealed: the fullest state of the slide.
        await openSlide(page, number, 1)
        const report = await page.evaluate((n) => {
          const slide = document.querySelector<HTMLElement>(`.slidev-page-${n} .slidev-layout`)!
          const scale = slide.getBoundingClientRect().width / slide.offsetWidth
          const texts = Array.from(slide.querySelectorAll<HTMLElement>('.exercise-block-body p, .exercise-block-body li, .exercise-block-body td, .exercise-block-body th'))
          const smallest = Math.min(...texts.map(el => Number.parseFloat(getComputedStyle(el).fontSize)))
          const box = slide.getBoundingClientRect()
          const overflowing = Array.from(slide.querySelectorAll<HTMLElement>('*'))
            .filter(el => el.offsetParent !== null)
            .some((el) => {
              const r = el.getBoundingClientRect()
              return r.bottom > box.bottom + 1 || r.right > box.right + 1
            })
          return { smallest: smallest * scale, overflowing, scrolls: slide.scrollHeight > slide.clientHeight + 1 }
        }, number)
        expect(report.smallest, `slide ${number} (${exercise.file}) smallest text`).toBeGreaterThanOrEqual(24)
        expect(report.overflowing || report.scrolls, `slide ${number} (${exercise.file}) overflows`).toBe(false)
      }
    }
  })
})
