import type { PollSnapshot } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import { slideMinutes } from 'slidev-addon-live-polls/core/timing.ts'
import { deckSource } from '../deck/deck-source.ts'
import { expect, test } from './fixtures.ts'
import { presenterHeaders, TOKEN } from './poll-server.ts'

test.describe('phone remote', () => {
  test('the remote on a phone advances the deck and opens the poll of the slide it reaches', async ({ pollServer: server, devices }) => {
    const polls = (await (await fetch(`${server.url}/api/polls`, { headers: presenterHeaders() })).json() as { polls: PollSnapshot[] }).polls
    const target = polls.find(p => p.id === 'knowledge-osaid-before')!
    const deckContext = await devices.desktop()
    const phoneContext = await devices.phone()
    const deck = await deckContext.newPage()
    await deck.goto(`${server.url}/${target.slide - 1}?poll-token=${TOKEN}`)

    const remote = await phoneContext.newPage()
    await remote.goto(`${server.url}/remote#token=${TOKEN}`)
    // The token leaves the address bar at once; requests carry it in the header only.
    await expect(remote).toHaveURL(`${server.url}/remote`)
    await expect(remote.getByText(`Slide ${target.slide - 1} of`)).toBeVisible()
    const next = remote.getByRole('button', { name: 'Next', exact: true })
    const box = await next.boundingBox()
    expect(box!.height, 'a large touch target').toBeGreaterThanOrEqual(88)
    expect(box!.y + box!.height, 'within reach of the thumb, at the bottom').toBeGreaterThan(700)

    for (let i = 0; i < 6 && !new RegExp(`/${target.slide}(\\?|$)`).test(deck.url()); i++) {
      await next.tap()
      await deck.waitForTimeout(400)
    }
    await expect(deck).toHaveURL(new RegExp(`/${target.slide}(\\?|$)`))
    await expect(remote.getByRole('heading', { level: 1 })).toHaveText(/.+/)
    await expect(remote.getByText(`Slide ${target.slide} of`)).toBeVisible()
    // The clock says how long the session has run, in words, and how that stands against the plan:
    // this slide is planned after the minutes of every slide before it, and the test reaches it
    // within its first minute.
    const plannedStart = (await deckSource()).slides.filter(s => s.no < target.slide).reduce((sum, s) => sum + slideMinutes(s.frontmatter), 0)
    expect(plannedStart).toBeGreaterThan(1)
    await expect(remote.locator('#clock')).toHaveText(new RegExp(`^\\d+ s in · (${plannedStart}|${plannedStart - 1}) min ahead of plan$`))
    await expect(remote.getByRole('region', { name: 'Notes' })).toBeVisible()
    await remote.getByRole('group', { name: 'Poll controls' }).getByRole('button', { name: 'Open voting' }).tap()
    await expect(remote.getByRole('button', { name: 'Close voting' })).toBeVisible()
    await expect(deck.getByRole('status').filter({ hasText: 'Voting open' }).filter({ visible: true })).toBeVisible()
    await remote.screenshot({ path: 'docs/remote.png' })

    await remote.getByRole('button', { name: 'Back', exact: true }).tap()
    await expect(deck).toHaveURL(new RegExp(`/${target.slide - 1}(\\?|$)`))

    // Only the header carries the token: not the query string, not nothing.
    expect((await fetch(`${server.url}/api/remote`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/remote?token=${TOKEN}`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/remote/navigate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"to":"next"}' })).status).toBe(403)
  })
})
