import type { Page } from '@playwright/test'
import type { PollSnapshot } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import type { RunningServer } from './poll-server.ts'
import { poll as pollTokens } from '../../lib/design/tokens.ts'
import { optionLabel } from './deck-polls.ts'
import { expect, test } from './fixtures.ts'
import { newParticipant, presenterPost, TOKEN } from './poll-server.ts'

/** The projected slide, for review in exports/screens/ (the pointer is hidden by then). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('#slide-content').screenshot({ path: `exports/screens/${name}.png`, animations: 'disabled' })
}

async function pollsOf(s: RunningServer): Promise<Record<string, PollSnapshot>> {
  const res = await fetch(`${s.url}/api/polls`, { headers: { Authorization: `Bearer ${TOKEN}` } })
  return Object.fromEntries((await res.json() as { polls: PollSnapshot[] }).polls.map(p => [p.id, p]))
}

async function castVotes(server: RunningServer, id: string, answers: string[]): Promise<void> {
  for (const answer of answers) {
    // Each vote from its own participant, with the id the server issues at /join.
    const res = await (await newParticipant(server)).vote(id, answer)
    expect(res.ok).toBe(true)
  }
}

/** Rendered heights and font sizes (px on the 1280x720 canvas) of what the room reads. */
function sizes(page: Page, selector: string, what: 'height' | 'font' | 'width') {
  return page.locator(selector).filter({ visible: true }).evaluateAll((els, what) => els.map((el) => {
    const box = el.getBoundingClientRect()
    return what === 'height' ? box.height : what === 'width' ? box.width : Number.parseFloat(getComputedStyle(el).fontSize)
  }), what)
}

test.describe('Poll slides on a projector', () => {
  test('the join banner is large while voting is open and steps aside for thick, labelled result bars', async ({ page, pollServer: server }) => {
    const polls = await pollsOf(server)
    await presenterPost(server, '/api/polls/knowledge-osaid-before/open')
    await page.goto(`${server.url}/${polls['knowledge-osaid-before']!.slide}?poll-token=${TOKEN}`)
    await expect(page.getByRole('status').filter({ hasText: 'Voting open' })).toBeVisible()
    const address = page.locator('.join-address').filter({ visible: true })
    await expect(address).toBeVisible()
    expect(Math.min(...await sizes(page, '.join-address', 'font'))).toBeGreaterThanOrEqual(40)
    expect(Math.min(...await sizes(page, '.join .qr svg', 'width'))).toBeGreaterThanOrEqual(260)
    await shoot(page, 'poll-open')
    // Before the reveal the options are listed, never empty bars.
    await expect(page.locator('.poll-bar').filter({ visible: true })).toHaveCount(0)

    await castVotes(server, 'knowledge-osaid-before', ['weights-only', 'weights-only', 'weights-code-data-info'])
    await expect(page.locator('.poll-count').filter({ visible: true })).toContainText(/\b3 (of \d+ )?voted/)
    await presenterPost(server, '/api/polls/knowledge-osaid-before/close')
    await presenterPost(server, '/api/polls/knowledge-osaid-before/reveal')
    await expect(page.getByRole('status').filter({ hasText: 'Results' })).toBeVisible()
    const bars = page.locator('.poll-bar-track').filter({ visible: true })
    await expect(bars).toHaveCount(4)
    expect(Math.min(...await sizes(page, '.poll-bar-track', 'height'))).toBeGreaterThanOrEqual(40)
    expect(Math.min(...await sizes(page, '.results .label', 'font'))).toBeGreaterThanOrEqual(28)
    expect(Math.min(...await sizes(page, '.poll-bar-caption', 'font'))).toBeGreaterThanOrEqual(28)
    // A quiz is never coloured by meaning: the revealed correct answer is teal, the others are not.
    const fills = await page.locator('.poll-bar-fill').filter({ visible: true }).evaluateAll(els => els.map(el => getComputedStyle(el).backgroundColor))
    const colour = (v: string) => page.evaluate(name => getComputedStyle(document.documentElement).getPropertyValue(name).trim(), v)
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map(n => Number(n).toString(16).padStart(2, '0')).join('')}`
    expect(hex(fills[1]!)).toBe(await colour('--c-open'))
    expect(hex(fills[0]!)).not.toBe(await colour('--c-open'))
    await shoot(page, 'poll-results')
    // After the reveal the QR code shrinks out of the way.
    expect(Math.max(...await sizes(page, '.join .qr svg', 'width'))).toBeLessThanOrEqual(pollTokens.qrAfterReveal + 1)
  })

  test('the closing poll pairs each option\'s start and now, and a quiz marks its answer with a tick', async ({ page, pollServer: server }) => {
    const polls = await pollsOf(server)
    for (const id of ['knowledge-osaid-before', 'knowledge-osaid-after', 'licence-transfer'])
      await presenterPost(server, `/api/polls/${id}/open`)
    await castVotes(server, 'knowledge-osaid-before', ['weights-only', 'free-api'])
    await castVotes(server, 'knowledge-osaid-after', ['weights-code-data-info'])
    await castVotes(server, 'licence-transfer', ['open-weights-restrictive', 'closed-api'])
    // Closed, then revealed, as a presenter does: the results phase, with its key figure.
    for (const id of ['knowledge-osaid-before', 'knowledge-osaid-after', 'licence-transfer']) {
      await presenterPost(server, `/api/polls/${id}/close`)
      await presenterPost(server, `/api/polls/${id}/reveal`)
    }

    await page.goto(`${server.url}/${polls['knowledge-osaid-after']!.slide}?poll-token=${TOKEN}`)
    const hybrid = page.getByRole('list', { name: 'Results' }).filter({ visible: true }).getByRole('listitem').filter({ hasText: await optionLabel('knowledge-osaid-after', 'weights-code-data-info') })
    await expect(hybrid.locator('.poll-bar')).toHaveCount(2)
    await expect(hybrid).toContainText('Start')
    await expect(hybrid).toContainText('1 · 100%')
    expect(Math.min(...await sizes(page, '.poll-bar-track', 'height'))).toBeGreaterThanOrEqual(40)
    await shoot(page, 'poll-before-after')
    // The shift of a knowledge question, as its key figure: the share answering correctly, at the start and now.
    const figure = page.locator('.key-figure').filter({ visible: true })
    await expect(figure).toContainText('0% → 100%')
    await expect(figure).toContainText('correct, start → now')
    await expect(figure).toContainText('2 votes → 1 vote')

    await page.goto(`${server.url}/${polls['licence-transfer']!.slide}?poll-token=${TOKEN}`)
    const correct = page.locator('.results li.correct').filter({ visible: true })
    await expect(correct).toHaveCount(1)
    await expect(correct).toContainText('Open weights, restrictive licence')
    await expect(correct.locator('svg.poll-tick')).toBeVisible()
    await expect(correct.getByText('(correct answer)')).toBeAttached()
    await shoot(page, 'poll-quiz')
  })

  test('the print view shows each poll\'s options or its revealed results, and no buttons', async ({ page, pollServer: server }) => {
    const polls = await pollsOf(server)
    await presenterPost(server, '/api/polls/knowledge-osaid-before/open')
    await castVotes(server, 'knowledge-osaid-before', ['weights-only'])
    await presenterPost(server, '/api/polls/knowledge-osaid-before/reveal')
    for (const snap of Object.values(polls)) {
      await test.step(`poll ${snap.id} on slide ${snap.slide}`, async () => {
        // The presenter's machine, in the print view the PDF export uses.
        await page.goto(`${server.url}/${snap.slide}?print&poll-token=${TOKEN}`)
        const slide = page.locator(`#slide-content .slidev-page-${snap.slide}`)
        await expect(slide.locator('[data-poll-print]')).toBeVisible()
        if (snap.id === 'knowledge-osaid-before')
          await expect(slide.getByRole('list', { name: 'Results' })).toContainText('1 · 100%')
        else if (snap.poll.kind === 'wordcloud')
          await expect(slide).toContainText('Words called out by the room')
        else
          await expect(slide.locator('.print-grid tbody tr')).toHaveCount(snap.poll.kind === 'scale' ? 5 : 'options' in snap.poll ? snap.poll.options.length : 0)
        await expect(slide.getByRole('button')).toHaveCount(0)
        await expect(slide.locator('.join .qr')).toHaveCount(0)
      })
    }
  })
})
