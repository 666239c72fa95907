import type { BrowserContext, Page } from '@playwright/test'
import type { PollSnapshot } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import type { Devices } from './fixtures.ts'
import type { RunningServer } from './poll-server.ts'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { optionLabel } from './deck-polls.ts'
import { expect, test } from './fixtures.ts'
import { newParticipant, presenterPost, startServer, TOKEN } from './poll-server.ts'

// Option labels as the deck declares them (tests/polls/deck-polls.ts).
const WEIGHTS_ONLY = await optionLabel('knowledge-osaid-before', 'weights-only')
const FREE_API = await optionLabel('knowledge-osaid-before', 'free-api')

async function pollsOf(s: RunningServer): Promise<Record<string, PollSnapshot>> {
  const res = await fetch(`${s.url}/api/polls`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  })
  const body = await res.json() as { polls: PollSnapshot[] }
  return Object.fromEntries(body.polls.map(p => [p.id, p]))
}

/** The presenter view: the poll's controls are there, under the slide, never on the projected window. */
async function presenterPage(devices: Devices, server: RunningServer, slide: number): Promise<Page> {
  const page = await (await devices.desktop()).newPage()
  await page.goto(`${server.url}/presenter/${slide}?poll-token=${TOKEN}`)
  return page
}

async function participants(devices: Devices, server: RunningServer, count: number): Promise<{ contexts: BrowserContext[], pages: Page[] }> {
  const contexts = await Promise.all(Array.from({ length: count }, () => devices.phone()))
  const pages = await Promise.all(contexts.map(c => c.newPage()))
  await Promise.all(pages.map(p => p.goto(`${server.url}/join`)))
  return { contexts, pages }
}

async function vote(page: Page, option: string): Promise<void> {
  await page.getByRole('radio', { name: option }).check()
  await page.getByRole('button', { name: /Send|Change my vote/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Vote received' })).toContainText(option)
}

test.describe('live polls', () => {
  test('participant votes appear on the presenter slide; reveal, hide, change and reset', async ({ pollServer: server, devices }) => {
    const { slide } = (await pollsOf(server))['knowledge-osaid-before']
    const presenter = await presenterPage(devices, server, slide)
    const count = presenter.locator('.grid-section.main .poll-count:visible')
    await expect(count).toContainText(/\b0 (of \d+ )?voted/)
    await presenter.getByRole('button', { name: 'Open voting' }).click()

    const { pages: phones } = await participants(devices, server, 3)
    for (const phone of phones)
      await expect(phone.getByRole('heading', { name: 'Under the Open Source Initiative’s definition, an open source AI model must come with …' })).toBeVisible()
    await vote(phones[0], WEIGHTS_ONLY)
    await vote(phones[1], WEIGHTS_ONLY)
    await vote(phones[2], FREE_API)
    await expect(count).toContainText(/\b3 (of \d+ )?voted/)
    await expect(presenter.locator('.grid-section.main .poll-joined:visible')).toHaveText('3 joined of 2000')

    // Hidden until revealed: no group-think on the slide or the phones.
    await expect(presenter.getByRole('list', { name: 'Options (results hidden)' }).filter({ visible: true })).toBeVisible()
    await expect(phones[0].locator('.bars')).toHaveCount(0)
    // The controls work from the keyboard (Slidev's own shortcuts pause while a button has focus).
    await presenter.getByRole('button', { name: 'Reveal results' }).press('Enter')
    const results = presenter.getByRole('list', { name: 'Results' }).filter({ visible: true })
    await expect(results.getByRole('listitem').filter({ hasText: WEIGHTS_ONLY })).toContainText('2 · 67%')
    await expect(phones[2].locator('.bars')).toContainText('67%')

    // A participant changes their mind: still three voters, counts move.
    await vote(phones[0], FREE_API)
    await expect(results.getByRole('listitem').filter({ hasText: WEIGHTS_ONLY })).toContainText('1 · 33%')
    await expect(count).toContainText(/\b3 (of \d+ )?voted/)

    await presenter.getByRole('button', { name: 'Hide results' }).click()
    await expect(presenter.getByRole('list', { name: 'Options (results hidden)' }).filter({ visible: true })).toBeVisible()

    await presenter.getByRole('button', { name: 'Close voting' }).click()
    await expect(phones[1].getByText('Voting closed')).toBeVisible()

    await presenter.getByRole('button', { name: 'Reset…' }).press('Enter')
    await presenter.getByRole('button', { name: 'Yes, reset' }).press('Space')
    await expect(count).toContainText(/\b0 (of \d+ )?voted/)
    const archive = join(server.resultsDir, 'archive')
    expect(existsSync(archive) && readdirSync(archive).some(f => f.startsWith('knowledge-osaid-before-round-1'))).toBe(true)
  })

  test('participants follow the presenter from slide to slide', async ({ pollServer: server, devices }) => {
    const polls = await pollsOf(server)
    await presenterPost(server, '/api/polls/one-word/open')
    const presenter = await presenterPage(devices, server, polls['one-word'].slide)
    const { pages: [phone] } = await participants(devices, server, 1)
    await expect(phone.getByRole('heading', { name: 'One word for open-source AI?' })).toBeVisible()
    // Free text is shown as text, never as markup.
    await phone.getByRole('textbox', { name: 'Your word' }).fill('Freedom')
    await phone.getByRole('button', { name: 'Send' }).click()
    await expect(phone.getByRole('status').filter({ hasText: 'Vote received' })).toBeVisible()
    await expect(presenter.getByRole('list', { name: 'Words' })).toContainText('Freedom')
    await presenter.getByRole('button', { name: 'Hide “Freedom”' }).click()
    await expect(presenter.getByRole('button', { name: 'Show “Freedom”' })).toBeVisible()
    expect((await (await fetch(`${server.url}/api/polls`)).json() as { polls: PollSnapshot[] }).polls.find(p => p.id === 'one-word')?.tally?.words).toEqual([])

    // The cover holds no poll.
    await presenter.goto(`${server.url}/presenter/1`)
    await expect(phone.getByRole('heading', { name: 'Waiting for the next question' })).toBeVisible()
  })

  test('SIGKILL then restart keeps every acknowledged vote, and phones reconnect by themselves', async ({ pollServer: server, devices }) => {
    await presenterPost(server, '/api/polls/ethics-deepfakes/open')
    const polls = await pollsOf(server)
    await presenterPost(server, '/api/current', { slide: polls['ethics-deepfakes'].slide })
    const { pages: [phone] } = await participants(devices, server, 1)
    await expect(phone.getByRole('heading', { name: /deepfakes/ })).toBeVisible()

    // 300 votes in flight; the server dies part-way through.
    const acknowledged = new Map<string, number>()
    const voters = await Promise.all(Array.from({ length: 300 }, () => newParticipant(server)))
    const sends = voters.map(async (voter, i) => {
      const answer = (i % 5) + 1
      try {
        if ((await voter.vote('ethics-deepfakes', answer)).status === 200)
          acknowledged.set(voter.id, answer)
      }
      catch {}
    })
    while (acknowledged.size < 30)
      await new Promise(resolve => setTimeout(resolve, 2))
    await server.kill()
    await Promise.all(sends)
    expect(acknowledged.size).toBeGreaterThan(0)

    // Same port and log: the phones' pages reconnect to the address they know.
    const restarted = await startServer({ resultsDir: server.resultsDir, port: server.port })
    try {
      const res = await fetch(`${restarted.url}/api/results`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      })
      const results = await res.json() as { polls: { id: string, answers: { participant: string, answer: number }[] }[] }
      const stored = new Map(results.polls.find(p => p.id === 'ethics-deepfakes')!.answers.map(a => [a.participant, a.answer]))
      for (const [participant, answer] of acknowledged)
        expect(stored.get(participant), participant).toBe(answer)

      // The phone reconnects to the restarted server on its own and can vote.
      await presenterPost(restarted, '/api/current', { slide: polls['ethics-deepfakes'].slide })
      await expect(phone.locator('#status')).toHaveText('', { timeout: 15_000 })
      await expect(phone.getByRole('radio', { name: 'Agree', exact: true })).toBeVisible({ timeout: 15_000 })
      await phone.getByRole('radio', { name: 'Agree', exact: true }).check()
      await phone.getByRole('button', { name: 'Send' }).click()
      await expect(phone.getByRole('status').filter({ hasText: 'Vote received' })).toContainText('Agree')
    }
    finally {
      await restarted.stop()
    }
  })

  test('no serious accessibility violations and no request leaves the machine', async ({ pollServer: server, devices }) => {
    test.setTimeout(240_000)
    const polls = await pollsOf(server)
    const outside: string[] = []
    const watch = (context: BrowserContext) => context.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:'))
        outside.push(req.url())
    })
    const axe = async (name: string, page: Page, include: string) => {
      const { violations } = await new AxeBuilder({ page }).include(include).analyze()
      const serious = violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map(v => `${name}: ${v.id} ${v.nodes.map(n => n.target).join(' ')}`)).toEqual([])
    }

    await presenterPost(server, '/api/polls/knowledge-osaid-before/open')
    const presenterContext = await devices.desktop()
    const phoneContext = await devices.phone()
    watch(presenterContext)
    watch(phoneContext)
    const presenter = await presenterContext.newPage()
    await presenter.goto(`${server.url}/${polls['knowledge-osaid-before'].slide}?poll-token=${TOKEN}`)
    const phone = await phoneContext.newPage()
    await phone.goto(`${server.url}/join`)
    await axe('/join before voting', phone, 'body')
    await vote(phone, WEIGHTS_ONLY)
    await expect(presenter.locator('.poll-count:visible')).toContainText(/\b1 (of \d+ )?voted/)
    await axe('/join after voting', phone, 'body')

    // One poll slide of each kind, results revealed, in light and (for two of them) dark.
    for (const id of Object.keys(polls))
      await presenterPost(server, `/api/polls/${id}/reveal`)
    const kinds = ['knowledge-osaid-after', 'one-word', 'licence-transfer', 'stance-before']
    for (const [colorScheme, ids] of [['light', kinds], ['dark', kinds.slice(1, 4)]] as const) {
      await presenter.emulateMedia({ colorScheme })
      for (const { id, slide } of ids.map(id => polls[id])) {
        await presenter.goto(`${server.url}/${slide}`)
        await expect(presenter.locator('.poll-count:visible')).toBeVisible()
        await axe(`${id} (${colorScheme})`, presenter, '.poll')
      }
    }
    expect(outside).toEqual([])
  })
})
