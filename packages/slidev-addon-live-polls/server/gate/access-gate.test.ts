import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PollServer } from '../poll-server.ts'
import type { GateMode } from './access-gate.ts'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureDeck } from '../../test/fixture-deck.ts'
import { createPollServer } from '../poll-server.ts'

const TOKEN = 'gate-test-token'
// What stands behind the gate (Vite and Slidev, or sirv) answers 299, so a test sees what got through.
const REACHED = 299

interface Reply { status: number, headers: IncomingHttpHeaders, text: string }

async function gateServer(mode: GateMode): Promise<{ root: string, resultsDir: string, polls: PollServer, call: (method: string, path: string, headers?: Record<string, string>, body?: string) => Promise<Reply>, close: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'gate-'))
  // The test deck's polls, with a deck's declared private folder and presenter-only path.
  const deck = await fixtureDeck()
  // A results folder with another name than results/, inside the served folder.
  const resultsDir = join(root, 'votes')
  mkdirSync(join(root, 'exports', 'handouts'), { recursive: true })
  writeFileSync(join(root, 'exports', 'handouts', 'facilitator-guide.html'), 'every answer')
  const polls = await createPollServer({ deck: { ...deck, options: { ...deck.options, private: ['exports'], presenterOnly: ['/handouts/facilitator'] } }, deckRoot: root, mode, root, resultsDir, token: TOKEN, presenterAddresses: '127.0.0.1' })
  const server = createServer((req, res) => polls.handle(req, res, () => res.writeHead(REACHED).end('reached')))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  polls.setAddress('127.0.0.1', port)
  const call = (method: string, path: string, headers: Record<string, string> = {}, body?: string) => new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }), ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => text += c).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
  return {
    root,
    resultsDir,
    polls,
    call,
    close: async () => {
      server.closeAllConnections()
      server.close()
      await polls.close()
    },
  }
}

const crossSite = { 'Origin': 'http://127.0.0.1:9999', 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'no-cors' }
const ownPage = { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors' }
const json = { 'Content-Type': 'application/json' }
const presenter = { Authorization: `Bearer ${TOKEN}` }

describe('access gate, workshop mode (Slidev for the room)', () => {
  let gate: Awaited<ReturnType<typeof gateServer>>
  beforeAll(async () => {
    gate = await gateServer('workshop')
  })
  afterAll(() => gate.close())

  it('refuses writes from a page of another origin in the presenter\'s own browser, whatever the content type', async () => {
    const body = JSON.stringify({ content: '<img src=x onerror=alert(1)>' })
    for (const [path, headers] of [
      ['/__slidev/slides/53.json', { ...crossSite, 'Content-Type': 'text/plain' }],
      ['/@server-reactive/nav', { ...crossSite, 'Content-Type': 'text/plain' }],
      ['/@server-reactive/nav', { 'Origin': 'http://localhost:9999', 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' }],
      ['/api/current', { ...crossSite, ...presenter, 'Content-Type': 'text/plain' }],
      ['/api/polls/planet-before/open', { Origin: 'http://192.168.1.20:3030', ...presenter, ...json }],
    ] as const) {
      const res = await gate.call('POST', path, headers, body)
      expect(res.status, path).toBe(403)
    }
    expect(gate.polls.store.isOpen('planet-before')).toBe(false)
  })

  it('turns Slidev\'s editor and file-writing routes off for everyone, the presenter\'s own page included', async () => {
    expect((await gate.call('POST', '/__slidev/slides/1.json', { ...ownPage, ...json }, '{}')).status).toBe(403)
    expect((await gate.call('POST', '/__SLIDEV/slides/1.json', { ...ownPage, ...json }, '{}')).status).toBe(403)
    expect((await gate.call('GET', '/__open-in-editor?file=slides.md', ownPage)).status).toBe(403)
    expect((await gate.call('POST', '/__mcp', { ...ownPage, ...json }, '{}')).status).toBe(403)
    // The presenter view reads each slide's notes.
    expect((await gate.call('GET', '/__slidev/slides/1.json', ownPage)).status).toBe(REACHED)
    // Navigation sync between the presenter's windows stays.
    expect((await gate.call('POST', '/@server-reactive/nav', { ...ownPage, ...json }, '{}')).status).toBe(REACHED)
  })

  it('lets Slidev\'s shared state take its own keys only', async () => {
    for (const path of ['/@server-reactive/__proto__', '/@server-reactive/constructor/prototype', '/@server-ref/nav/x'])
      expect((await gate.call('POST', path, { ...ownPage, ...json }, '{}')).status, path).toBe(403)
  })

  it('refuses raw paths with dot segments, empty segments, backslashes or escaped slashes, from anyone', async () => {
    for (const path of ['/__open-in-editor/../..?file=slides.md', '/@server-reactive/__proto__/answer/../../..', '/x/%2e%2e/slides.md', '//join', '/votes%2Fpolls.jsonl'])
      expect((await gate.call('GET', path)).status, path).toBe(400)
  })

  it('serves the results folder to nobody, whatever it is called, and no printed guide', async () => {
    for (const path of ['/votes/participant-secret', '/votes/polls.jsonl', `/@fs${gate.resultsDir}/polls.jsonl`, '/exports/handouts/facilitator-guide.html'])
      expect((await gate.call('GET', path)).status, path).toBe(404)
  })

  it('answers only to its own names: a rebinding domain gets nothing', async () => {
    expect((await gate.call('GET', '/', { Host: 'rebind.attacker.example:3030' })).status).toBe(421)
    expect((await gate.call('GET', '/api/polls', { Host: 'rebind.attacker.example' })).status).toBe(421)
    expect((await gate.call('GET', '/')).status).toBe(REACHED)
  })

  it('gives other sites\' scripts nothing of the poll API, but lets a link or a QR code open /join', async () => {
    expect((await gate.call('GET', '/api/stream', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' })).status).toBe(403)
    expect((await gate.call('GET', '/join', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' })).status).toBe(403)
    expect((await gate.call('GET', '/join', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'iframe' })).status).toBe(403)
    expect((await gate.call('GET', '/join', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' })).status).toBe(200)
    expect((await gate.call('GET', '/join', { 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate' })).status).toBe(200)
  })

  it('takes API posts as JSON only (a page of another origin cannot send JSON without asking first)', async () => {
    const res = await gate.call('POST', '/api/current', { ...presenter, 'Content-Type': 'text/plain' }, '{"slide":3}')
    expect(res.status).toBe(415)
    expect((await gate.call('POST', '/api/current', { ...presenter, ...json }, '{"slide":3}')).status).toBe(200)
  })

  it('refuses a websocket upgrade from another origin, to another name, or on an odd path', () => {
    const upgrade = (headers: Record<string, string>, url = '/') => gate.polls.upgradeRefusal({ url, headers: { host: '127.0.0.1:3030', ...headers }, socket: { remoteAddress: '127.0.0.1' } } as never)
    expect(upgrade({ origin: 'http://127.0.0.1:3030' })).toBeNull()
    expect(upgrade({ origin: 'http://127.0.0.1:9999' })).toMatch(/^403/)
    expect(upgrade({ host: 'rebind.example' })).toMatch(/^421/)
    expect(upgrade({}, '/a/../b')).toMatch(/^400/)
  })
})

describe('access gate, dev mode (Slidev for the author)', () => {
  let gate: Awaited<ReturnType<typeof gateServer>>
  beforeAll(async () => {
    gate = await gateServer('dev')
  })
  afterAll(() => gate.close())

  it('keeps the editor for the author\'s own pages, and refuses it to every other origin', async () => {
    expect((await gate.call('POST', '/__slidev/slides/1.json', { ...ownPage, ...json }, '{}')).status).toBe(REACHED)
    expect((await gate.call('GET', '/__open-in-editor?file=slides.md', ownPage)).status).toBe(REACHED)
    expect((await gate.call('POST', '/__slidev/slides/1.json', { ...crossSite, 'Content-Type': 'text/plain' }, '{}')).status).toBe(403)
    // An <img> on another site pointing at the editor route.
    expect((await gate.call('GET', '/__open-in-editor?file=slides.md', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' })).status).toBe(403)
  })
})
