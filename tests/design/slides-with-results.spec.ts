/**
 * The deck as the room sees it on the day, from a real poll server. While voting is open, every
 * poll slide lists its options beside the large join banner; after a whole session (every poll
 * answered by a room and revealed: both rounds of the two-round quiz, the before/after pairs, a
 * full word cloud; ten questions asked and upvoted), every slide of the projector window, light
 * and dark, keeps its text inside the canvas, apart, at 24 px or more, with no presenter control
 * on it. The presenter view at 1280x720 keeps its poll and question controls under the slide,
 * never over it. Screenshots go to exports/screens/{open,results}-{light,dark}/.
 */
import type { Browser, Page } from '@playwright/test'
import type { DeckSlide } from '../../lib/deck/types'
import type { RunningServer } from '../polls/poll-server.ts'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { deckSource } from '../deck/deck-source'
import { deckPolls } from '../polls/deck-polls.ts'
import { fillSession } from '../polls/fill-session.ts'
import { newParticipant, presenterPost, startServer, TOKEN } from '../polls/poll-server.ts'
import { measureSlide } from './measure-slide'

const SHOTS = 'exports/screens'
const MIN_PX = 24
const SCHEMES = ['light', 'dark'] as const

let server: RunningServer

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  server = await startServer()
})

test.afterAll(async () => {
  await server?.stop()
})

/** The projector window: it holds the presenter's key, as the printed projector URL gives it. */
async function projector(browser: Browser, colorScheme: typeof SCHEMES[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme })
  const page = await context.newPage()
  await page.goto(`${server.url}/1?poll-token=${TOKEN}`)
  await expect(page.locator('#slide-content')).toBeVisible()
  return page
}

/** Shows one slide with every click step, waits for what settles late, measures and checks it. */
async function checkSlide(page: Page, slide: DeckSlide, dir: string, phase: RegExp | null): Promise<void> {
  await test.step(`slide ${slide.no} (${slide.file}:${slide.line})`, async () => {
    await page.goto(`${server.url}/${slide.no}?clicks=999`)
    const root = page.locator(`#slide-content .slidev-page-${slide.no}`)
    await expect(root).toBeVisible()
    if (slide.frontmatter.poll && phase)
      await expect(root.locator('.poll-phase')).toHaveText(phase)
    if (slide.mermaid.length) {
      await page.waitForFunction(selector => [...document.querySelectorAll(selector)]
        .every(el => (el.shadowRoot?.querySelector('svg')?.getBoundingClientRect().height ?? 0) > 0), `#slide-content .slidev-page-${slide.no} .mermaid`)
    }
    await page.evaluate(() => document.fonts.ready)
    // Bars grow in over 0.4 s and a word cloud fits itself: measure what stays on screen.
    await page.waitForTimeout(600)
    // The mouse rests on the slide, as a presenter's does: nothing may appear for it.
    await page.mouse.move(640, 400)
    const m = await measureSlide(page, slide.no)
    await page.locator('#slide-content').screenshot({ path: `${dir}/slide-${String(slide.no).padStart(2, '0')}.png`, animations: 'disabled' })
    const where = `slide ${slide.no} (${slide.file}:${slide.line})`
    for (const kind of ['body', 'table', 'fine', 'diagram'] as const) {
      const s = m.smallest[kind]
      if (s)
        expect.soft(s.px, `${where}: ${kind} text "${s.text}" at ${s.px} px`).toBeGreaterThanOrEqual(MIN_PX - 0.5)
    }
    expect.soft(m.outside, `${where}: outside the canvas`).toEqual([])
    // One typography: quotation marks and apostrophes are typographic, never straight (code aside).
    const straight = await root.evaluate((el) => {
      const found: string[] = []
      const scan = (node: Node) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          // Participants' own words (questions, a word cloud) are shown as typed.
          if (/["']/.test(t.nodeValue ?? '') && !t.parentElement?.closest('code, pre, style, script, [data-participant-text]'))
            found.push((t.nodeValue ?? '').trim().slice(0, 60))
        }
      }
      scan(el)
      for (const host of el.querySelectorAll('.mermaid'))
        host.shadowRoot && scan(host.shadowRoot)
      return found
    })
    expect.soft(straight, `${where}: straight quotes`).toEqual([])
    expect.soft(m.overlaps, `${where}: overlapping text`).toEqual([])
    // Seen, not merely present: a control faded to opacity 0 is not on the projector either.
    const controls = await root.locator('button, input, textarea').evaluateAll(els => els
      .filter(el => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map(el => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName))
    expect.soft(controls, `${where}: presenter controls on the projected slide`).toEqual([])
  })
}

function contactSheet(dir: string): void {
  try {
    execFileSync('montage', ['-geometry', '320x180+4+4', '-tile', '6x', '-label', '%t', `${dir}/slide-*.png`, `${dir}/contact.png`])
  }
  catch {}
}

test('while voting is open, every poll slide lists its options beside a large join banner, light and dark', async ({ browser }) => {
  test.setTimeout(300_000)
  const { slides } = await deckSource()
  const phones = await Promise.all(Array.from({ length: 6 }, () => newParticipant(server)))
  for (const { poll } of await deckPolls()) {
    expect((await presenterPost(server, `/api/polls/${poll.id}/open`)).ok).toBe(true)
    if ('options' in poll)
      await Promise.all(phones.map((p, i) => p.vote(poll.id, poll.kind === 'multiple' ? [poll.options[i % poll.options.length]!.id] : poll.options[i % poll.options.length]!.id)))
  }
  const live = slides.filter(s => s.frontmatter.poll || s.content.includes('<Questions'))
  expect(live.length).toBeGreaterThan(5)
  for (const colorScheme of SCHEMES) {
    const dir = `${SHOTS}/open-${colorScheme}`
    mkdirSync(dir, { recursive: true })
    const page = await projector(browser, colorScheme)
    for (const slide of live) {
      await checkSlide(page, slide, dir, /Voting open/)
      if (slide.frontmatter.poll) {
        // Large while people join: the address at 40 px and a QR code of 240 px or more.
        const qr = await page.locator(`#slide-content .slidev-page-${slide.no} .join .qr`).boundingBox()
        expect.soft(qr?.width ?? 0, `slide ${slide.no}: QR code while voting is open`).toBeGreaterThanOrEqual(240)
      }
    }
    contactSheet(dir)
    await page.context().close()
  }
  // Put every poll back to its empty, closed state for the session that follows.
  for (const { poll } of await deckPolls()) {
    await presenterPost(server, `/api/polls/${poll.id}/close`)
    await presenterPost(server, `/api/polls/${poll.id}/reset`)
  }
})

test('with a session\'s results, every slide of the projector window keeps its text inside the canvas, apart and readable, light and dark', async ({ browser }) => {
  test.setTimeout(900_000)
  const filled = await fillSession(server, { participants: 120, questions: 10 })
  expect(filled.votes).toBeGreaterThan(300)
  const { slides } = await deckSource()
  for (const colorScheme of SCHEMES) {
    const dir = `${SHOTS}/results-${colorScheme}`
    mkdirSync(dir, { recursive: true })
    const page = await projector(browser, colorScheme)
    for (const slide of slides)
      await checkSlide(page, slide, dir, /Results/)
    contactSheet(dir)
    await page.context().close()
  }
})

test('the presenter view at 1280x720 keeps poll and question controls under the slide, readable and styled', async ({ browser }) => {
  test.setTimeout(180_000)
  const { slides } = await deckSource()
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/presenter/1?poll-token=${TOKEN}`)
  const quiz = slides.find(s => (s.frontmatter.poll as { rounds?: number } | undefined)?.rounds === 2)!
  const qa = slides.find(s => s.content.includes('<Questions'))!
  for (const [slide, label] of [[quiz, 'Poll controls'], [qa, 'Question moderation']] as const) {
    await test.step(`slide ${slide.no}: ${label}`, async () => {
      await page.goto(`${server.url}/presenter/${slide.no}`)
      const main = page.locator('.grid-section.main')
      const consoleBox = main.getByRole('region', { name: label })
      await expect(consoleBox).toBeVisible()
      await page.waitForTimeout(500)
      mkdirSync(SHOTS, { recursive: true })
      await page.screenshot({ path: `${SHOTS}/presenter-${String(slide.no).padStart(2, '0')}.png` })
      // Under the slide, never over it, and inside the window.
      const slideBox = (await main.locator('#slide-content').boundingBox())!
      const panel = (await consoleBox.boundingBox())!
      expect(panel.y, 'the console starts below the slide').toBeGreaterThanOrEqual(slideBox.y + slideBox.height - 1)
      expect(panel.y + panel.height, 'the console ends inside the window').toBeLessThanOrEqual(720)
      // Text a presenter reads at arm's length, and buttons that look like the console's own.
      const smallest = await consoleBox.evaluate(el => Math.min(...[...el.querySelectorAll('*')]
        .filter(n => n.childNodes.length && [...n.childNodes].some(c => c.nodeType === 3 && c.textContent?.trim()))
        .map(n => Number.parseFloat(getComputedStyle(n).fontSize))))
      expect(smallest, 'smallest text in the console').toBeGreaterThanOrEqual(14)
      const radii = await consoleBox.getByRole('button').evaluateAll(els => els.map(el => Number.parseFloat(getComputedStyle(el).borderTopLeftRadius)))
      expect(radii.length).toBeGreaterThan(0)
      expect(Math.min(...radii), 'buttons styled, not the browser default').toBeGreaterThan(2)
    })
  }
  await context.close()
})
