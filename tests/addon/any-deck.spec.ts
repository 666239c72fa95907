/**
 * The live-polls addon in a deck nobody here wrote: a plain Slidev starter deck
 * (tests/fixtures/starter-deck/) adds `addons: [live-polls]` and one `poll:` slide with `<Poll />`,
 * and runs the addon's own command, `live-polls workshop <its slides.md>`. A phone votes through
 * /join from another address; the vote shows on that deck's slide; the session's log holds it.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { phoneRelay, PRESENTER_ADDRESS } from '../polls/phone.ts'
import { freePort, newResultsDir, TOKEN, waitForOwnServer } from '../polls/poll-server.ts'

const DECK = 'tests/fixtures/starter-deck/slides.md'

test('a plain Slidev deck with the addon: a phone votes, the result shows on the deck\'s slide', async ({ browser }) => {
  test.setTimeout(240_000)
  const port = await freePort()
  const results = newResultsDir()
  // The addon's command, as its README gives it: npx live-polls workshop <slides.md>.
  const workshop: ChildProcess = spawn('npx', ['live-polls', 'workshop', DECK, '--port', String(port), '--host', PRESENTER_ADDRESS, '--presenter-address', PRESENTER_ADDRESS, '--results', results], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    const origin = `http://${PRESENTER_ADDRESS}:${port}`
    await waitForOwnServer(origin, () => workshop.exitCode === null, () => '(output ignored)', 180_000)

    // The poll is slide 2 of this deck, found from its own declaration.
    const info = await (await fetch(`${origin}/api/polls`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as { polls: { id: string, slide: number }[] }
    expect(info.polls.map(p => [p.id, p.slide])).toEqual([['lunch', 2]])
    const presenter = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
    await presenter.goto(`${origin}/presenter/2?poll-token=${TOKEN}`)
    await presenter.locator('.grid-section.main').getByRole('button', { name: 'Open voting' }).click()
    const slide = presenter.locator('.grid-section.main .slidev-page-2 .poll')
    await expect(slide.getByRole('heading', { name: 'What shall we have for lunch?' })).toBeVisible()

    // A phone, from another address than the presenter's machine.
    const relay = await phoneRelay(port)
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
    const phone = await phoneContext.newPage()
    await phone.goto(`${relay.url}/join`)
    await expect(phone.getByText('A plain Slidev deck')).toBeVisible()
    await phone.getByRole('radio', { name: 'Noodles' }).check()
    await phone.getByRole('button', { name: 'Send' }).click()
    await expect(phone.getByRole('status').filter({ hasText: 'Vote received' })).toContainText('Noodles')

    // Live results on the deck's own slide, and in the log.
    await expect(slide.getByRole('list', { name: 'Results' }).getByRole('listitem').filter({ hasText: 'Noodles' })).toContainText('1 · 100%')
    await presenter.screenshot({ path: 'test-results/addon-starter-deck.png' })
    expect(readFileSync(join(results, 'polls.jsonl'), 'utf8')).toMatch(/"poll":"lunch".*"answer":"noodles"/)
    // The phone's live stream holds its connection through the relay: close the phone first.
    await phoneContext.close()
    await relay.close()
  }
  finally {
    if (workshop.pid)
      process.kill(-workshop.pid, 'SIGTERM')
  }
})
