import type { Page } from '@playwright/test'
import type { Devices } from './fixtures.ts'
import type { RunningServer } from './poll-server.ts'
import AxeBuilder from '@axe-core/playwright'
import { deckSource } from '../deck/deck-source.ts'
import { expect, test } from './fixtures.ts'
import { TOKEN } from './poll-server.ts'

async function phone(devices: Devices, server: RunningServer): Promise<Page> {
  const page = await (await devices.phone()).newPage()
  await page.goto(`${server.url}/join`)
  return page
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Ask a question (anonymous)' }).fill(text)
  await page.getByRole('button', { name: 'Ask' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Question sent' })).toBeVisible()
}

const upvote = (page: Page, text: string) => page.getByRole('list', { name: 'Questions from the room' }).getByRole('listitem').filter({ hasText: text }).getByRole('button')

test.describe('questions from the room', () => {
  test('phones ask and upvote; the presenter approves and the Q&A slide lists them by votes', async ({ pollServer: server, devices }) => {
    const slide = (await deckSource()).slides.find(s => s.content.includes('<Questions'))?.no ?? 0
    expect(slide, 'the deck has a Q&A slide').toBeGreaterThan(0)
    const presenter = await (await devices.desktop()).newPage()
    await presenter.goto(`${server.url}/presenter/${slide}?poll-token=${TOKEN}`)
    const queue = presenter.getByRole('group', { name: 'Question moderation' })
    await expect(queue).toBeVisible()

    const phones = [await phone(devices, server), await phone(devices, server), await phone(devices, server)]
    await ask(phones[0], 'Who audits open weights?')
    await ask(phones[1], 'Can a closed model be open later?')
    await ask(phones[2], 'Is <b>this</b> shown as text?')
    // Nothing reaches the room before approval.
    await expect(phones[0].getByRole('list', { name: 'Questions from the room' }).getByRole('listitem')).toHaveCount(0)
    await expect(phones[0].getByText('1 of your questions waits for the presenter\'s approval.')).toBeVisible()

    await queue.getByRole('button', { name: 'Approve: Who audits open weights?' }).click()
    await queue.getByRole('button', { name: 'Approve: Can a closed model be open later?' }).click()
    await queue.getByRole('button', { name: 'Hide: Is <b>this</b> shown as text?' }).click()
    for (const p of phones)
      await expect(upvote(p, 'Can a closed model be open later?')).toBeVisible()

    // Two upvotes for the later question, one taken back on the first: order follows votes.
    await upvote(phones[0], 'Can a closed model be open later?').click()
    await upvote(phones[1], 'Can a closed model be open later?').click()
    await upvote(phones[2], 'Who audits open weights?').click()
    await expect(upvote(phones[2], 'Who audits open weights?')).toHaveAttribute('aria-pressed', 'true')
    await upvote(phones[2], 'Who audits open weights?').click()
    await expect(upvote(phones[2], 'Who audits open weights?')).toHaveAttribute('aria-pressed', 'false')

    const projector = await (await devices.desktop()).newPage()
    await projector.goto(`${server.url}/${slide}`)
    const onSlide = projector.getByRole('list', { name: 'Questions, most votes first' })
    await expect(onSlide.getByRole('listitem')).toHaveText([/^2\s*votes\s*Can a closed model be open later\?/, /^0\s*votes\s*Who audits open weights\?/])
    await expect(projector.getByText('Is <b>this</b>')).toHaveCount(0)
    // The queue is for the presenter view only, never the projector.
    await expect(projector.getByRole('group', { name: 'Question moderation' })).toHaveCount(0)

    // Answered drops to the bottom; a pinned question goes to the top.
    await queue.getByRole('button', { name: 'Answered: Can a closed model be open later?' }).click()
    await expect(onSlide.getByRole('listitem')).toHaveText([/Who audits/, /Can a closed model.*answered/])
    await ask(phones[0], 'Which licence does Llama 3 use?')
    await queue.getByRole('button', { name: 'Approve: Which licence does Llama 3 use?' }).click()
    await upvote(phones[1], 'Which licence does Llama 3 use?').click()
    await queue.getByRole('button', { name: 'Pin: Who audits open weights?' }).click()
    await expect(onSlide.getByRole('listitem')).toHaveText([/Who audits.*now/, /Which licence/, /Can a closed model.*answered/])
    await projector.screenshot({ path: 'docs/questions-slide.png' })
    await phones[1].screenshot({ path: 'test-results/join-questions.png', fullPage: true })

    const { violations } = await new AxeBuilder({ page: phones[0] }).analyze()
    expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)).toEqual([])
  })
})
