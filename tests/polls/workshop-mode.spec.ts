import type { ChildProcess } from 'node:child_process'
import type { PollSnapshot } from '../../lib/polls/protocol.ts'
import { spawn } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { nodeArgsFor } from '../../lib/cli/npm-scripts.ts'
import { callFrom, PHONE_ADDRESS, phoneRelay, PRESENTER_ADDRESS } from './phone.ts'
import { freePort, newResultsDir, TOKEN, waitForOwnServer } from './poll-server.ts'

let PORT = 0

// `npm run workshop` runs Slidev's dev server for the room. The test never needs a LAN: the server
// listens on 127.0.0.1, is told that only 127.0.0.1 is the presenter's machine, and "phones" send
// from 127.0.0.2.
async function startWorkshop(args: string[] = []): Promise<ChildProcess> {
  PORT = await freePort()
  // Own process group, so the whole tree (slidev) can be stopped together. A throwaway results
  // folder: test votes must not land in the facilitator's results/.
  const workshop = spawn(process.execPath, [...nodeArgsFor('server/workshop.ts'), 'server/workshop.ts', '--port', String(PORT), '--host', PRESENTER_ADDRESS, '--presenter-address', PRESENTER_ADDRESS, '--results', newResultsDir(), ...args], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1' },
    stdio: 'ignore',
    detached: true,
  })
  await waitForOwnServer(`http://127.0.0.1:${PORT}`, () => workshop.exitCode === null, () => '(output ignored)', 150_000)
  return workshop
}

function stopWorkshop(workshop: ChildProcess | undefined): void {
  if (workshop?.pid)
    process.kill(-workshop.pid, 'SIGTERM')
}

const phone = (method: string, path: string, body?: string) => callFrom(PHONE_ADDRESS, PORT, method, path, { body })
const local = (path: string) => callFrom(PRESENTER_ADDRESS, PORT, 'GET', path)

test.describe('live polls in workshop mode', () => {
  let workshop: ChildProcess | undefined
  // Files Vite must refuse to serve even to the presenter's machine (they are made for the test).
  const probes = [`probe-${process.pid}.key`, `probe-${process.pid}.pem`, ...(existsSync('.npmrc') ? [] : ['.npmrc'])]

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    for (const file of probes)
      writeFileSync(file, 'secret-probe-content\n')
    workshop = await startWorkshop()
  })
  test.afterAll(() => {
    stopWorkshop(workshop)
    for (const file of probes)
      rmSync(file, { force: true })
  })

  test('a phone reaches /join and the participant API only: no slides, sources, guide, quiz answer or Slidev endpoints', async () => {
    for (const path of ['/', '/1', '/slides.md', '/exercises/01-place-the-models.md?raw', '/pages/poll-10-licence-transfer.md?raw', '/handouts/facilitator-guide.html', `/@fs${process.cwd()}/slides.md`, '/results/polls.jsonl', '/__open-in-editor?file=slides.md', '/.git/config', '/package.json']) {
      const res = await phone('GET', path)
      expect(res.status, path).toBe(403)
      expect(res.text, path).toContain('href="/join"')
    }
    // Probes that would change state if they got through use a payload that is harmless anyway.
    for (const path of ['/@server-reactive/nav', '/__slidev/slides/1.json', '/__mcp', '/api/polls/knowledge-osaid-before/open'])
      expect((await phone('POST', path, '{}')).status, path).toBe(403)
    expect((await phone('POST', '/api/polls/%E0%A4%A/votes', '{}')).status).toBe(400)

    const { polls } = JSON.parse((await phone('GET', '/api/polls')).text) as { polls: PollSnapshot[] }
    expect(polls.find(p => p.id === 'licence-transfer')?.poll).not.toHaveProperty('correct')
    const join = (await phone('GET', '/join')).text
    expect(join).not.toMatch(/"correct"/)
    expect(join).not.toContain(TOKEN)
  })

  test('a phone cannot open Vite\'s websocket (hot updates, shared state, Monaco writes), even with its token', async () => {
    const client = (await local('/@vite/client')).text
    const token = /const wsToken = "([^"]+)"/.exec(client)?.[1]
    expect(token, 'the websocket token in /@vite/client').toBeTruthy()
    const handshake = (from: string) => new Promise<string>((resolve, reject) => {
      const socket = connect({ host: PRESENTER_ADDRESS, port: PORT, localAddress: from })
      let reply = ''
      socket.setEncoding('utf8').on('data', (d: string) => {
        reply += d
        if (reply.includes('\r\n\r\n')) {
          socket.destroy()
          resolve(reply.split('\r\n')[0])
        }
      })
      socket.on('close', () => resolve(reply.split('\r\n')[0])).on('error', reject)
      socket.write(`GET /?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: vite-hmr\r\n\r\n`)
    })
    expect(await handshake(PRESENTER_ADDRESS)).toMatch(/^HTTP\/1\.1 101/)
    expect(await handshake(PHONE_ADDRESS)).toMatch(/^HTTP\/1\.1 403/)
  })

  test('the presenter\'s machine sees the deck, but Vite still refuses secrets and git files', async () => {
    expect((await local('/')).status).toBe(200)
    for (const path of [...probes.map(p => `/${p}`), '/.git', '/.git/config', '/results/polls.jsonl']) {
      const res = await local(path)
      expect(res.text, path).not.toContain('secret-probe-content')
      expect(res.text, path).not.toMatch(/gitdir:|\[core\]/)
    }
  })

  test('a phone in a real browser votes through /join', async ({ browser }) => {
    await fetch(`http://127.0.0.1:${PORT}/api/polls/knowledge-osaid-before/open`, { method: 'POST', headers: { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' } })
    const { slide } = (JSON.parse((await local('/api/polls')).text) as { polls: PollSnapshot[] }).polls.find(p => p.id === 'knowledge-osaid-before')!
    await fetch(`http://127.0.0.1:${PORT}/api/current`, { method: 'POST', headers: { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ slide }) })
    const relay = await phoneRelay(PORT)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${relay.url}/join`)
    await page.getByRole('radio', { name: 'A free API that anyone can call' }).check()
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Vote received' })).toBeVisible()
    await page.screenshot({ path: 'test-results/workshop-phone-join.png' })
    // The deck itself is not for phones: a clear page pointing at /join.
    await page.goto(`${relay.url}/`)
    await expect(page.getByRole('heading', { name: 'Join the poll' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Take part in the poll/ })).toHaveAttribute('href', '/join')
    await page.screenshot({ path: 'test-results/workshop-phone-403.png' })
    await context.close()
    await relay.close()
  })
})

test.describe('workshop mode with --share-deck', () => {
  let workshop: ChildProcess | undefined
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    workshop = await startWorkshop(['--share-deck'])
  })
  test.afterAll(() => stopWorkshop(workshop))

  test('a phone also gets the deck, but still not Slidev\'s write endpoints, the vote log or the facilitator guide', async () => {
    expect((await phone('GET', '/')).status).toBe(200)
    expect((await phone('GET', '/slides.md')).status).not.toBe(403)
    for (const [method, path] of [['POST', '/@server-reactive/nav'], ['POST', '/__slidev/slides/1.json'], ['POST', '/__mcp'], ['GET', '/__open-in-editor?file=slides.md'], ['GET', '/results/polls.jsonl'], ['GET', '/handouts/facilitator-guide.html']])
      expect((await phone(method, path, method === 'POST' ? '{}' : undefined)).status, `${method} ${path}`).toBe(403)
  })
})
