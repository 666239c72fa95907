import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { lanAddresses } from '../../server/network.ts'
import { freePort, newResultsDir, TOKEN, waitForOwnServer } from './poll-server.ts'

let PORT = 0

// `npm run workshop` runs Slidev's dev server on the LAN. Requests from another address must not
// reach the endpoints that write slides, post shared state (navigation) or serve MCP.
test.describe('live polls in workshop mode', () => {
  const lan = lanAddresses()[0]
  test.skip(!lan, 'no LAN address on this machine to play the participant from')
  let workshop: ChildProcess | undefined

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    // Own process group, so the whole tree (npx, slidev) can be stopped together.
    PORT = await freePort()
    workshop = spawn(process.execPath, ['--import', 'tsx', 'server/workshop.ts', '--port', String(PORT), '--host', '0.0.0.0', '--results', newResultsDir()], {
      // A throwaway results folder: test votes must not land in the facilitator's results/.
      env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1' },
      stdio: 'ignore',
      detached: true,
    })
    const child = workshop
    await waitForOwnServer(`http://127.0.0.1:${PORT}`, () => child.exitCode === null, () => '(output ignored)', 150_000)
  })
  test.afterAll(() => {
    if (workshop?.pid)
      process.kill(-workshop.pid, 'SIGTERM')
  })

  test('a phone on the LAN can vote but cannot write slides, post navigation or reach MCP', async ({ browser }) => {
    const phoneBase = `http://${lan}:${PORT}`
    // Probes that would change state if they got through use a payload that is harmless anyway.
    for (const [method, path] of [['POST', '/@server-reactive/nav'], ['POST', '/__slidev/slides/1.json'], ['POST', '/__mcp'], ['GET', '/__open-in-editor?file=slides.md'], ['GET', '/results/polls.jsonl']]) {
      const res = await fetch(`${phoneBase}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? '{}' : undefined })
      expect(res.status, `${method} ${path}`).toBe(403)
    }
    const presenterAction = await fetch(`${phoneBase}/api/polls/benefits-before/open`, { method: 'POST' })
    expect(presenterAction.status).toBe(403)

    await fetch(`http://127.0.0.1:${PORT}/api/polls/benefits-before/open`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } })
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const phone = await context.newPage()
    const slide = ((await (await fetch(`${phoneBase}/api/polls`)).json()) as { polls: { id: string, slide: number }[] }).polls.find(p => p.id === 'benefits-before')!.slide
    await fetch(`http://127.0.0.1:${PORT}/api/current`, { method: 'POST', headers: { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ slide }) })
    await phone.goto(`${phoneBase}/join`)
    await phone.getByRole('radio', { name: 'A hybrid of both' }).check()
    await phone.getByRole('button', { name: 'Send' }).click()
    await expect(phone.getByRole('status').filter({ hasText: 'Vote received' })).toBeVisible()
    const html = await (await fetch(`${phoneBase}/`)).text() + await (await fetch(`${phoneBase}/join`)).text()
    expect(html).not.toContain(TOKEN)
    await context.close()
  })
})
