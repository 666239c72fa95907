/**
 * The phone pages as a participant and the presenter see them in a live session (an open poll with
 * votes in, questions asked, reactions), on small phones in light and dark: what they say comes
 * from the deck's declarations, they load nothing from off the machine, and what a tap answers
 * stays on screen. Screenshots go to test-results/phone/ (and docs/join.png for the README).
 */
import type { Browser, Page } from '@playwright/test'
import type { RunningServer } from './poll-server.ts'
import AxeBuilder from '@axe-core/playwright'
import { REACTIONS } from 'slidev-addon-live-polls/core/reactions/reactions.ts'
import { deckSource } from '../deck/deck-source.ts'
import { deckPolls } from './deck-polls.ts'
import { fillSession } from './fill-session.ts'
import { expect, test } from './fixtures.ts'
import { newParticipant, presenterPost, TOKEN } from './poll-server.ts'

const SCREENS = [{ width: 390, height: 844 }, { width: 360, height: 640 }] as const
const SCHEMES = ['light', 'dark'] as const

/** A phone of the given size and colour scheme; every request it makes is listed. */
async function phone(browser: Browser, server: RunningServer, screen: { width: number, height: number }, scheme: 'light' | 'dark'): Promise<{ page: Page, requests: string[], close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: screen, isMobile: true, hasTouch: true, colorScheme: scheme })
  const requests: string[] = []
  context.on('request', req => requests.push(req.url()))
  const page = await context.newPage()
  return { page, requests, close: () => context.close() }
}

/** The element's box lies inside the viewport, and above `floor` (a y) when one is given. */
async function expectOnScreen(page: Page, locator: ReturnType<Page['locator']>, what: string, floor?: number): Promise<void> {
  const box = (await locator.boundingBox())!
  const { height } = page.viewportSize()!
  expect(box.y, `${what}: top inside the screen`).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, `${what}: bottom inside the screen`).toBeLessThanOrEqual(floor ?? height)
}

test.describe('phone pages', () => {
  test('/join names the workshop and the poll, uses the deck\'s bundled typeface, draws reactions as icons and keeps the answer to Ask above the reaction bar', async ({ pollServer: server, browser }) => {
    test.setTimeout(300_000)
    const workshop = (await deckSource()).headmatter.title
    expect(typeof workshop === 'string' && workshop.length, 'the deck declares a title').toBeTruthy()
    const polls = await deckPolls()
    const index = polls.findIndex(p => 'options' in p.poll)
    const { poll, slide } = polls[index]!
    // A session under way: every poll answered and revealed; this one open again, votes coming in.
    await fillSession(server, { participants: 12, questions: 6 })
    await presenterPost(server, `/api/polls/${poll.id}/hide`)
    await presenterPost(server, `/api/polls/${poll.id}/open`)
    await presenterPost(server, '/api/current', { slide })
    await (await newParticipant(server)).post('/api/reactions', { kind: 'slower' })

    for (const screen of SCREENS) {
      for (const scheme of SCHEMES) {
        const name = `${screen.width}x${screen.height}-${scheme}`
        const { page, requests, close } = await phone(browser, server, screen, scheme)
        const fonts = page.waitForResponse(res => res.url().includes('/api/fonts/'))
        await page.goto(`${server.url}/join`)

        // Named as the deck names itself, and the poll placed in the session.
        await expect(page.getByRole('banner')).toContainText(workshop as string)
        await expect(page.getByText(`Poll ${index + 1} of ${polls.length}`, { exact: true })).toBeVisible()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(poll.question)
        await expect(page.getByText('Voting open', { exact: true })).toBeVisible()

        // The deck's typeface, from this server, cached for good.
        const font = await fonts
        expect(font.headers()['cache-control']).toMatch(/immutable/)
        expect(font.headers()['content-type']).toBe('font/woff2')
        const loaded = await page.evaluate(async () => {
          await document.fonts.ready
          return {
            faces: [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')),
            body: getComputedStyle(document.body).fontFamily,
          }
        })
        expect(loaded.faces).toContain('Inter Variable')
        expect(loaded.body).toMatch(/^"?Inter Variable/)

        // Reactions are drawn icons, each button named by its words.
        const bar = page.getByRole('navigation', { name: 'Reactions' })
        for (const reaction of REACTIONS) {
          const button = bar.getByRole('button', { name: reaction.label, exact: true })
          await expect(button.locator('svg path')).toHaveCount(1)
        }

        await page.getByRole('radio').first().check()
        await page.getByRole('button', { name: 'Send' }).click()
        const received = page.getByRole('status').filter({ hasText: 'Vote received' })
        await expect(received).toBeVisible()
        const barTop = (await bar.boundingBox())!.y
        await expectOnScreen(page, received, 'the vote\'s confirmation', barTop)
        if (name === '390x844-light')
          await page.screenshot({ path: 'docs/join.png' })
        await page.screenshot({ path: `test-results/phone/join-vote-${name}.png` })

        await page.getByRole('textbox', { name: 'Ask a question (anonymous)' }).fill('Does a model with open weights but a use policy count as open source?')
        await page.getByRole('button', { name: 'Ask' }).click()
        const sent = page.getByRole('status').filter({ hasText: 'Question sent' })
        await expect(sent).toBeVisible()
        await expectOnScreen(page, sent, 'the question\'s confirmation', (await bar.boundingBox())!.y)
        await page.screenshot({ path: `test-results/phone/join-asked-${name}.png` })

        await bar.getByRole('button', { name: 'Like it' }).click()
        await expect(bar.getByRole('status')).toHaveText('Sent: Like it')

        expect(requests.filter(url => !url.startsWith(server.url)), 'no request leaves the machine').toEqual([])
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${name}: ${v.id} ${v.nodes.map(n => n.target).join(' ')}`)).toEqual([])
        await close()
      }
    }
  })

  test('/remote renders the notes as text, says "not opened yet" and keeps its controls on screen however long the notes', async ({ pollServer: server, browser, devices }) => {
    test.setTimeout(300_000)
    const deck = await deckSource()
    const polls = await deckPolls()
    // The first poll with notes that run past a small phone's screen, and the slide with the longest notes.
    const withPoll = polls.find(p => (deck.slides[p.slide - 1]?.note.length ?? 0) > 800)!
    const longest = [...deck.slides].sort((a, b) => b.note.length - a.note.length)[0]!
    const pollSlide = deck.slides[withPoll.slide - 1]!

    const projector = await (await devices.desktop()).newPage()
    await projector.goto(`${server.url}/${withPoll.slide}?poll-token=${TOKEN}`)
    for (const text of ['Who decides what counts as open source?', 'Can the EU force a lab to publish its weights?'])
      await (await newParticipant(server)).post('/api/questions', { text })

    for (const screen of SCREENS) {
      for (const scheme of SCHEMES) {
        const name = `${screen.width}x${screen.height}-${scheme}`
        const { page: remote, requests, close } = await phone(browser, server, screen, scheme)
        await remote.goto(`${server.url}/remote#token=${TOKEN}`)
        await expect(remote.locator('#slide-no')).toHaveText(`Slide ${withPoll.slide} of ${deck.slides.length}`)
        // One line: the slide number does not wrap.
        expect((await remote.locator('#slide-no').boundingBox())!.height).toBeLessThan(26)
        await expect(remote.locator('#planned')).toHaveText(new RegExp(`· ${pollSlide.frontmatter.minutes} min planned$`))
        await expect(remote.locator('#clock')).toHaveText(/^\d+ (min \d\d )?s in · /)

        // A poll never opened is not "closed".
        const status = remote.locator('.poll-status')
        if (screen === SCREENS[0] && scheme === 'light') {
          await expect(status).toHaveText(/^Poll: not opened yet · (round 1 of 2 · )?0 votes$/)
          await remote.getByRole('button', { name: 'Open voting' }).tap()
          // Open once the server says so: the tap's request may still be on its way.
          await expect(status).toHaveText(/^Poll: voting open/)
          const choices = 'options' in withPoll.poll ? withPoll.poll.options.map(o => o.id) : [1, 2, 3]
          for (let i = 0; i < 3; i++)
            expect((await (await newParticipant(server)).vote(withPoll.poll.id, choices[i % choices.length])).status).toBe(200)
        }
        await expect(status).toHaveText(/^Poll: voting open, results hidden · (round 1 of 2 · )?3 votes$/)

        // The author's Markdown as HTML: list items and emphasis, no markers left.
        const notes = remote.getByRole('region', { name: 'Notes' })
        const bullets = pollSlide.note.split('\n').filter(line => /^\s*- /.test(line)).length
        await expect(notes.locator('li')).toHaveCount(bullets)
        const text = await notes.textContent()
        expect(text).not.toMatch(/\*\*|^\s*- |^#+ /m)
        expect(text).not.toMatch(/Planned:/)

        // However long the notes, the poll's controls and Back/Next stay on screen.
        const controls = ['Close voting', 'Reveal results', 'Reset…', 'Back', 'Next', ...(withPoll.poll.kind !== 'wordcloud' && withPoll.poll.rounds === 2 ? ['Start round 2'] : [])]
        for (const control of controls)
          await expectOnScreen(remote, remote.getByRole('button', { name: control, exact: true }), control)
        await expect(remote.getByRole('button', { name: '2 questions waiting' })).toBeVisible()
        await remote.screenshot({ path: `test-results/phone/remote-poll-${name}.png` })

        if (scheme === 'light') {
          // The longest notes of the deck: they scroll; the buttons do not move.
          await presenterPost(server, '/api/current', { slide: longest.no })
          await expect(remote.locator('#slide-no')).toHaveText(`Slide ${longest.no} of ${deck.slides.length}`)
          const scroller = remote.locator('main.scroll')
          expect(await scroller.evaluate(node => node.scrollHeight > node.clientHeight + 100), 'the notes run past the screen').toBe(true)
          await scroller.evaluate(node => node.scrollTo(0, node.scrollHeight))
          for (const control of ['Back', 'Next'])
            await expectOnScreen(remote, remote.getByRole('button', { name: control, exact: true }), `${control} under long notes`)
          await remote.screenshot({ path: `test-results/phone/remote-long-notes-${name}.png` })
          await presenterPost(server, '/api/current', { slide: withPoll.slide })
        }
        expect(requests.filter(url => !url.startsWith(server.url)), 'no request leaves the machine').toEqual([])
        const { violations } = await new AxeBuilder({ page: remote }).analyze()
        expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${name}: ${v.id} ${v.nodes.map(n => n.target).join(' ')}`)).toEqual([])
        await close()
      }
    }
  })
})
