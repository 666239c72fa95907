/**
 * The presenter view and the projector window of one browser, as the facilitator opens them from
 * the banner, and the position (slide and click step) each one shows.
 */
import type { Browser, Page } from '@playwright/test'
import { expect } from '@playwright/test'

export interface Position { page: number, clicks: number }

export function positionOf(url: string): Position {
  const { pathname, searchParams } = new URL(url)
  return { page: Number(/(\d+)\/?$/.exec(pathname)?.[1]), clicks: Number(searchParams.get('clicks') ?? 0) }
}

const after = (a: Position, b: Position) => a.page > b.page || (a.page === b.page && a.clicks > b.clicks)

export interface DeckWindow {
  page: Page
  /** Every position the window has moved to since the last `clear()`, in order. */
  trail: Position[]
  clear: () => void
  position: () => Position
}

async function openWindow(browser: Browser, pages: Page[], url: string, slide: RegExp): Promise<DeckWindow> {
  const context = pages[0]?.context() ?? await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  pages.push(page)
  const trail: Position[] = []
  let last: Position | undefined
  // A move may rewrite its address more than once (the query tidied): count changes of position.
  page.on('framenavigated', (frame) => {
    const now = positionOf(frame.url())
    if (frame === page.mainFrame() && (now.page !== last?.page || now.clicks !== last.clicks))
      trail.push(last = now)
  })
  await page.goto(url)
  await expect(page).toHaveURL(slide)
  await expect(page.locator('.slidev-page-1').first()).toBeVisible()
  const position = () => positionOf(page.url())
  return {
    page,
    trail,
    position,
    clear: () => {
      trail.splice(0)
      last = position()
    },
  }
}

/** Opens both windows in one browser context (the windows of one browser share its storage). */
export async function openBothWindows(browser: Browser, origin: string, token: string): Promise<{ presenter: DeckWindow, projector: DeckWindow }> {
  const pages: Page[] = []
  const presenter = await openWindow(browser, pages, `${origin}/presenter/1?poll-token=${token}`, /\/presenter\/1$/)
  const projector = await openWindow(browser, pages, `${origin}/1?poll-token=${token}`, /\/1$/)
  return { presenter, projector }
}

/**
 * Presses → `presses` times in `leader` without waiting (as fast as a held key), then expects:
 * the leader moved forward one step per press and never back, and `follower` ends where the
 * leader is, without ever moving back either.
 */
export async function drive(leader: DeckWindow, follower: DeckWindow, presses: number): Promise<Position> {
  const start = leader.position()
  leader.clear()
  follower.clear()
  // Keys go to the window in front, as on a laptop. Both windows here are tabs of one browser
  // window: a tab behind another has its timers throttled (to once a second or less), which holds
  // Slidev's "just received an update, do not echo it" flag up, and its own moves unsent.
  await leader.page.bringToFront()
  await expect.poll(() => leader.page.evaluate(() => document.visibilityState)).toBe('visible')
  for (let i = 0; i < presses; i++)
    await leader.page.keyboard.press('ArrowRight')
  await expect.poll(() => leader.trail.length, { message: 'the leading window takes a step per press' }).toBeGreaterThanOrEqual(presses)
  await expect.poll(() => follower.position(), { message: 'the other window follows' }).toEqual(leader.position())
  const steps = [start, ...leader.trail]
  expect(steps.every((p, i) => i === 0 || after(p, steps[i - 1]!)), `the leading window went ${JSON.stringify(steps)}: never back`).toBe(true)
  expect(leader.trail, 'one step per press, no jump back and forth').toHaveLength(presses)
  const followed = [start, ...follower.trail]
  expect(followed.every((p, i) => i === 0 || !after(followed[i - 1]!, p)), `the following window went ${JSON.stringify(followed)}: never back`).toBe(true)
  return leader.position()
}
