import type { ChildProcess } from 'node:child_process'
import type { PollSnapshot } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { npmScript } from '../../scripts/lib/npm-script.ts'
import { attackerPage, attackScript } from './attacker-page.ts'
import { optionLabel } from './deck-polls.ts'
import { callFrom, PHONE_ADDRESS, phoneRelay, PRESENTER_ADDRESS } from './phone.ts'
import { freePort, newResultsDir, TOKEN, waitForOwnServer } from './poll-server.ts'

// An option label as the deck declares it (tests/polls/deck-polls.ts).
const FREE_API = await optionLabel('knowledge-osaid-before', 'free-api')

let PORT = 0

// `npm run workshop` runs Slidev's dev server for the room. The test never needs a LAN: the server
// listens on 127.0.0.1, is told that only 127.0.0.1 is the presenter's machine, and "phones" send
// from 127.0.0.2.
async function startWorkshop(args: string[] = [], env: Record<string, string> = {}): Promise<ChildProcess> {
  PORT = await freePort()
  // Own process group, so the whole tree (slidev) can be stopped together. A throwaway results
  // folder: test votes must not land in the facilitator's results/.
  const workshop = spawn(process.execPath, [...npmScript('workshop'), '--port', String(PORT), '--host', PRESENTER_ADDRESS, '--presenter-address', PRESENTER_ADDRESS, '--results', newResultsDir(), ...args], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1', ...env },
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
    // A short header timeout, to see it bite at its time (Vite's server checks every 30 s unless told).
    workshop = await startWorkshop([], { POLLS_HEADERS_TIMEOUT_MS: '2000' })
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

  test('a request that never finishes its headers is cut off at the header timeout, as on npm run serve', async () => {
    const started = Date.now()
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = connect({ host: PRESENTER_ADDRESS, port: PORT, localAddress: PHONE_ADDRESS })
      socket.on('connect', () => socket.write('GET /join HTTP/1.1\r\nHost: 127.0.0.1\r\n'))
      socket.resume()
      socket.on('close', () => resolve(Date.now() - started))
      setTimeout(() => socket.destroy(), 20_000)
    })
    expect(closedAfter).toBeGreaterThanOrEqual(1900)
    expect(closedAfter).toBeLessThan(6000)
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
    await page.getByRole('radio', { name: FREE_API }).check()
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

test.describe('a hostile page in the presenter\'s own browser', () => {
  let workshop: ChildProcess | undefined
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    workshop = await startWorkshop()
  })
  test.afterAll(() => stopWorkshop(workshop))

  for (const origin of ['127.0.0.1', '127.0.0.2']) {
    test(`a page of another loopback origin (${origin}, another port) cannot rewrite the deck, drive the slides, touch the polls, read the token or mint ids`, async ({ browser }) => {
      const deckFiles = ['slides.md', ...readdirSync('pages').map(f => `pages/${f}`), ...readdirSync('exercises').map(f => `exercises/${f}`)]
      const before = new Map(deckFiles.map(file => [file, readFileSync(file, 'utf8')]))
      const presenter = { Authorization: `Bearer ${TOKEN}` }
      const state = async () => {
        const results = await (await fetch(`http://127.0.0.1:${PORT}/api/results`, { headers: presenter })).json() as { polls: { id: string, state: string }[] }
        return results.polls.map(p => `${p.id}:${p.state}`).join(' ')
      }
      const { total } = await (await fetch(`http://127.0.0.1:${PORT}/api/remote`, { headers: presenter })).json() as { total: number }
      const pollsBefore = await state()
      const context = await browser.newContext()
      const attacker = await attackerPage(origin, attackScript(`http://127.0.0.1:${PORT}`, total))
      try {
        const deck = await context.newPage()
        await deck.goto(`http://127.0.0.1:${PORT}/presenter/${total}?poll-token=${TOKEN}`)
        // The token leaves the address bar and lives in this tab only, never in localStorage.
        await expect(deck).toHaveURL(new RegExp(`/presenter/${total}$`), { timeout: 60_000 })
        expect(await deck.evaluate(() => sessionStorage.getItem('poll-presenter-token'))).toBe(TOKEN)
        expect(await deck.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN)
        const projector = await context.newPage()
        await projector.goto(`http://127.0.0.1:${PORT}/${total}?poll-token=${TOKEN}`)
        await expect(projector).toHaveURL(new RegExp(`/${total}$`), { timeout: 60_000 })
        const joinedBefore = (await (await fetch(`http://127.0.0.1:${PORT}/api/remote`, { headers: presenter })).json() as { decks: number }).decks

        const page = await context.newPage()
        await page.goto(attacker.url)
        const seen = await page.evaluate(() => (window as unknown as { attack: Promise<Record<string, string>> }).attack)
        await page.screenshot({ path: `test-results/attacker-${origin}.png` })
        // No answer can be read, and nothing got through.
        for (const [what, outcome] of Object.entries(seen))
          expect(outcome, what).not.toMatch(/^read 2|^open$/)
        await deck.waitForTimeout(1000)
        for (const [file, text] of before)
          expect(readFileSync(file, 'utf8') === text, `${file} unchanged`).toBe(true)
        expect(await state()).toBe(pollsBefore)
        await expect(deck).toHaveURL(new RegExp(`/presenter/${total}$`))
        await expect(projector).toHaveURL(new RegExp(`/${total}$`))
        expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(TOKEN)
        // The hidden images and the stream minted no participant and took no place in the room.
        const room = (await (await fetch(`http://127.0.0.1:${PORT}/api/results`, { headers: presenter })).json() as { room?: { joined: number } }).room
        expect(room?.joined ?? 0).toBe(0)
        expect((await (await fetch(`http://127.0.0.1:${PORT}/api/remote`, { headers: presenter })).json() as { decks: number }).decks).toBe(joinedBefore)
      }
      finally {
        await context.close()
        await attacker.close()
        // Should the test ever fail, the deck goes back to what it was.
        for (const [file, text] of before) {
          if (readFileSync(file, 'utf8') !== text)
            writeFileSync(file, text)
        }
      }
    })
  }
})

test.describe('workshop mode with --share-deck', () => {
  let workshop: ChildProcess | undefined
  // A results folder with another name, inside the deck's folder, and a printed guide in exports/.
  const votes = `test-votes-${process.pid}`
  const guide = `exports/probe-guide-${process.pid}.html`
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    mkdirSync('exports', { recursive: true })
    writeFileSync(guide, 'every answer')
    workshop = await startWorkshop(['--share-deck', '--results', votes])
  })
  test.afterAll(() => {
    stopWorkshop(workshop)
    rmSync(votes, { recursive: true, force: true })
    rmSync(guide, { force: true })
  })

  test('dot segments, encoded slashes and look-alike keys do not get past the gate to Slidev', async () => {
    const raw = (method: string, path: string) => callFrom(PHONE_ADDRESS, PORT, method, path, { headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? '{}' : undefined })
    for (const [method, path] of [['GET', '/__open-in-editor/../..?file=slides.md'], ['POST', '/@server-reactive/__proto__/answer/../../..'], ['GET', '/x/..%2f__open-in-editor?file=slides.md'], ['GET', '//__open-in-editor?file=slides.md']])
      expect((await raw(method, path)).status, `${method} ${path}`).toBe(400)
    expect((await raw('POST', '/@server-reactive/__proto__')).status).toBe(403)
  })

  test('the results folder, whatever it is called, and the printed guides are served to nobody', async () => {
    for (const path of [`/${votes}/participant-secret`, `/${votes}/polls.jsonl`, `/${guide}`]) {
      expect((await phone('GET', path)).status, path).toBe(404)
      expect((await local(path)).status, path).toBe(404)
    }
  })

  test('a phone also gets the deck, but still not Slidev\'s write endpoints, the vote log or the facilitator guide', async () => {
    expect((await phone('GET', '/')).status).toBe(200)
    expect((await phone('GET', '/slides.md')).status).not.toBe(403)
    for (const [method, path] of [['POST', '/@server-reactive/nav'], ['POST', '/__slidev/slides/1.json'], ['POST', '/__mcp'], ['GET', '/__open-in-editor?file=slides.md'], ['GET', '/results/polls.jsonl'], ['GET', '/handouts/facilitator-guide.html']])
      expect((await phone(method, path, method === 'POST' ? '{}' : undefined)).status, `${method} ${path}`).toBe(403)
  })
})
