import type { Page } from '@playwright/test'
import type { PollSnapshot } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import { expect, test } from './fixtures.ts'
import { TOKEN } from './poll-server.ts'

test.describe('peer instruction', () => {
  test('a presenter and three phones run a two-round quiz and see round 1 beside round 2', async ({ pollServer: server, devices }) => {
    const res = await fetch(`${server.url}/api/polls`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    const quiz = (await res.json() as { polls: PollSnapshot[] }).polls.find(p => p.rounds)!
    expect(quiz, 'the deck has a two-round poll').toBeTruthy()
    const presenterContext = await devices.desktop()
    const presenter = await presenterContext.newPage()
    // The presenter view: the controls sit under its slide, never on the projected window.
    await presenter.goto(`${server.url}/presenter/${quiz.slide}?poll-token=${TOKEN}`)
    const slide = presenter.locator('.grid-section.main .slidev-page:visible .poll').first()
    await expect(slide.getByText('Round 1 of 2')).toBeVisible()
    await presenter.getByRole('button', { name: 'Open voting' }).click()

    const phones: Page[] = []
    for (let i = 0; i < 3; i++) {
      const phone = await (await devices.phone()).newPage()
      await phone.goto(`${server.url}/join`)
      phones.push(phone)
    }
    const options = 'options' in quiz.poll ? quiz.poll.options : []
    const correct = quiz.poll.kind === 'quiz' ? quiz.poll.correct : ''
    const right = options.find(o => o.id === correct)!.label
    const wrong = options.find(o => o.id !== correct)!.label
    const answer = async (phone: Page, label: string) => {
      await phone.getByRole('radio', { name: label, exact: true }).check()
      await phone.getByRole('button', { name: /Send|Change my vote/ }).click()
      await expect(phone.getByRole('status').filter({ hasText: 'Vote received' })).toContainText(label)
    }

    // Round 1: two of three right, inside the band where discussion helps.
    for (const phone of phones)
      await expect(phone.getByText('Round 1 of 2: answer on your own.')).toBeVisible()
    await answer(phones[0], wrong)
    await answer(phones[1], right)
    await answer(phones[2], right)
    await expect(presenter.getByRole('status').filter({ hasText: '67% correct: Discuss, then revote' }).filter({ visible: true }).first()).toBeVisible()

    await presenter.getByRole('button', { name: 'Close voting' }).first().click()
    await presenter.getByRole('button', { name: 'Start round 2' }).first().click()
    await expect(slide.getByText('Round 2 of 2 · talk to a neighbour, then answer again')).toBeVisible()
    // Round 2 starts empty and hidden: the room does not see round 1 yet.
    await expect(slide.locator('.poll-count')).toContainText(/^0 (of \d+ )?voted/)
    for (const phone of phones) {
      await expect(phone.getByText('Round 2 of 2: talk to a neighbour, then answer again.')).toBeVisible()
      await expect(phone.locator('.bars')).toHaveCount(0)
    }
    for (const phone of phones)
      await answer(phone, right)
    await expect(slide.locator('.poll-count')).toContainText(/^3 (of \d+ )?voted/)

    await presenter.getByRole('button', { name: 'Close voting' }).first().click()
    await presenter.getByRole('button', { name: 'Reveal results' }).first().click()
    const pairs = slide.getByRole('list', { name: 'Round 1 and round 2' })
    await expect(pairs.getByRole('listitem').filter({ hasText: right })).toContainText('Round 1: 67%, round 2: 100%')
    await expect(pairs.getByRole('listitem').filter({ hasText: right })).toContainText('+33')
    const figure = slide.locator('.key-figure')
    await expect(figure).toContainText('67% → 100%')
    await expect(figure).toContainText('correct, round 1 → round 2')
    await expect(figure).toContainText('1 changed to the right answer')

    // The projected comparison, for the README.
    const projector = await presenterContext.newPage()
    await projector.goto(`${server.url}/${quiz.slide}`)
    await expect(projector.locator('.key-figure').filter({ visible: true })).toContainText('67% → 100%')
    await expect(projector.getByText('talk to a neighbour')).toHaveCount(0)
    // The whole comparison fits the 1280x720 slide.
    const bottom = await projector.locator('.key-figure').filter({ visible: true }).evaluate(el => el.getBoundingClientRect().bottom)
    expect(bottom).toBeLessThanOrEqual(720)
    await projector.screenshot({ path: 'docs/round-comparison.png' })

    const results = await (await fetch(`${server.url}/api/results`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as { polls: { id: string, firstRound?: unknown[], answers: unknown[] }[] }
    const exported = results.polls.find(p => p.id === quiz.id)!
    expect([exported.firstRound?.length, exported.answers.length]).toEqual([3, 3])
  })
})
