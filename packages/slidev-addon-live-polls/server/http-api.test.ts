import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PollSnapshot } from '../core/polls/protocol.ts'
import type { ApiTestServer } from './api-test-server.ts'
import type { PollServer } from './poll-server.ts'
import { Buffer } from 'node:buffer'
import { mkdtempSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resultsExportSchema } from '../core/polls/protocol.ts'
import { readBlocklist } from '../node/deck-source.ts'
import { FIXTURE_ROOT, fixtureDeck } from '../test/fixture-deck.ts'
import { startApiTestServer, TEST_TOKEN } from './api-test-server.ts'
import { ParticipantIds } from './participant-ids.ts'
import { createPollServer } from './poll-server.ts'
import { resultsJson } from './results-export.ts'

const TOKEN = 'unit-test-token'
// The presenter's machine is 127.0.0.1 only; 127.0.0.2 plays a phone on the classroom network.
const PHONE = '127.0.0.2'
let polls: PollServer
let port: number
let close: () => void

interface Reply { status: number, headers: IncomingHttpHeaders, text: string }

/** One HTTP request from `from` (a loopback address), with node:http so the source address is ours to choose. */
function call(method: string, path: string, options: { body?: string | object, headers?: Record<string, string>, from?: string } = {}): Promise<Reply> {
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, localAddress: options.from ?? '127.0.0.1', headers: { ...(body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {}), ...options.headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => text += c).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

// API posts must be JSON (a page on another origin cannot send that without asking first).
const presenter = { 'Authorization': `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

/** A participant as /join makes one: the cookie the server signed. */
async function participant(from = '127.0.0.1'): Promise<{ cookie: string, vote: (answer: unknown, poll?: string) => Promise<Reply> }> {
  const res = await call('GET', '/join', { from })
  expect(res.status).toBe(200)
  const cookie = String(res.headers['set-cookie']?.[0]).split(';')[0]
  return { cookie, vote: (answer, poll = 'planet-before') => call('POST', `/api/polls/${poll}/votes`, { body: { answer }, headers: { Cookie: cookie }, from }) }
}

beforeAll(async () => {
  polls = await createPollServer({
    deck: await fixtureDeck(),
    deckRoot: FIXTURE_ROOT,
    blocklist: readBlocklist(await fixtureDeck(), FIXTURE_ROOT),
    resultsDir: mkdtempSync(join(tmpdir(), 'api-')),
    token: TOKEN,
    presenterAddresses: '127.0.0.1',
    newParticipantsPerMinute: 5,
    // No frame-rate cap for presenters: the slow-reader test fills buffers with one frame per change.
    streamLimits: { perAddress: 3, maxBufferedBytes: 64 * 1024, presenterFrameMs: 0 },
  })
  const server = createServer((req, res) => polls.handle(req, res, () => res.writeHead(404).end()))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  close = () => {
    server.closeAllConnections()
    server.close()
  }
  for (const id of ['planet-before', 'one-word', 'planet-rounds'])
    await call('POST', `/api/polls/${id}/open`, { headers: presenter })
})
afterAll(async () => {
  close()
  await polls.close()
})

describe('poll HTTP API', () => {
  it('accepts a valid vote and returns the stored answer', async () => {
    const res = await (await participant()).vote('mercury')
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text)).toMatchObject({ ok: true, answer: 'mercury' })
  })

  it('answers bad input with a 4xx and a clear JSON error, and stores nothing', async () => {
    const { cookie } = await participant()
    const before = polls.store.seq
    const cases: [string | object, number, RegExp, string?][] = [
      [{ answer: 'mercury' }, 404, /unknown poll/, 'no-such-poll'],
      [{ answer: 'maybe' }, 422, /unknown option/],
      [{ answer: 3 }, 422, /option id/],
      [{}, 400, /answer is missing/],
      ['{not json', 400, /JSON/],
      ['[1,2]', 400, /JSON object/],
      [{ answer: 'x'.repeat(5000) }, 413, /4096/],
      [{ answer: ['a', 'b'] }, 422, /too many entries/, 'one-word'],
      [{ answer: '\u200B\u202E ' }, 422, /empty/, 'one-word'],
      [{ answer: 'ab\uD800' }, 422, /lone UTF-16 surrogate/, 'one-word'],
    ]
    for (const [body, status, message, poll = 'planet-before'] of cases) {
      const res = await call('POST', `/api/polls/${poll}/votes`, { body, headers: { Cookie: cookie } })
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status)
      expect((JSON.parse(res.text) as { error: string }).error).toMatch(message)
    }
    expect(polls.store.seq).toBe(before)
  })

  it('counts a vote only with a participant id the server issued', async () => {
    const before = polls.store.seq
    const invented = call('POST', '/api/polls/planet-before/votes', { body: { participant: 'made-up-participant', answer: 'mercury' } })
    expect((await invented).status).toBe(401)
    const forged = await call('POST', '/api/polls/planet-before/votes', { body: { answer: 'mercury' }, headers: { Cookie: 'poll-participant=p-forged.AAAAAAAAAAAAAAAAAAAAAA' } })
    expect(forged.status).toBe(401)
    expect(polls.store.seq).toBe(before)
    // The id is HttpOnly: page scripts never see it.
    expect(String((await call('GET', '/join', { from: '127.0.0.1' })).headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/)
  })

  it('caps new participant ids per address and minute, but not on the presenter\'s machine', async () => {
    const statuses = []
    for (let i = 0; i < 7; i++)
      statuses.push((await call('GET', '/join', { from: PHONE })).status)
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429])
    expect((await call('GET', '/join', { from: '127.0.0.3' })).status).toBe(200)
    for (let i = 0; i < 7; i++)
      expect((await call('GET', '/join')).status).toBe(200)
  })

  it('turns away a flood from one participant with 429, counting only accepted votes', async () => {
    const calm = await participant()
    // Refused attempts (a wrong option) do not use up the allowance.
    for (let i = 0; i < 12; i++)
      expect((await calm.vote('maybe')).status).toBe(422)
    expect((await calm.vote('mercury')).status).toBe(200)
    const flood = await participant()
    const statuses = []
    for (let i = 0; i < 15; i++)
      statuses.push((await flood.vote('mercury')).status)
    expect(statuses.filter(s => s === 200)).toHaveLength(10)
    expect(statuses).toContain(429)
    expect((await calm.vote('mars')).status).toBe(200)
  })

  it('refuses every presenter action without the token in the Authorization header (403)', async () => {
    const paths = ['open', 'close', 'reveal', 'hide', 'reset', 'round-2'].map(a => ['POST', `/api/polls/planet-before/${a}`])
    paths.push(['POST', '/api/polls/one-word/hide-word'], ['POST', '/api/current'], ['GET', '/api/results'], ['GET', '/api/results.csv'])
    paths.push(['POST', '/api/questions/settings'], ['POST', '/api/questions/q-any/approve'], ['GET', '/api/reactions'], ['POST', '/api/reactions/settings'], ['GET', '/api/remote'], ['POST', '/api/remote/navigate'])
    for (const [method, path] of paths) {
      for (const [headers, query] of [[{}, ''], [{ Authorization: 'Bearer wrong-token' }, ''], [{ Authorization: TOKEN }, ''], [{}, `?token=${TOKEN}`]] as [Record<string, string>, string][]) {
        const res = await call(method, `${path}${query}`, { headers, body: method === 'POST' ? '{"slide":3,"text":"x"}' : undefined })
        expect(res.status, `${method} ${path}${query}`).toBe(403)
      }
    }
    expect(polls.store.isOpen('planet-before')).toBe(true)
  })

  it('takes the token in the query string for the presenter\'s event stream only', async () => {
    const hello = (query: string) => streamHello(`/api/stream${query}`)
    expect((await hello(`?token=${TOKEN}`)).find(p => p.id === 'planet-before')?.tally).toBeDefined()
    expect((await hello('')).find(p => p.id === 'planet-before')?.tally).toBeUndefined()
    const listed = JSON.parse((await call('GET', `/api/polls?token=${TOKEN}`)).text) as { polls: PollSnapshot[] }
    expect(listed.polls.find(p => p.id === 'planet-before')?.tally).toBeUndefined()
  })

  it('keeps the quiz answer on the server until the reveal, in /api/polls, /join and the stream', async () => {
    const quiz = async () => {
      const listed = JSON.parse((await call('GET', '/api/polls', { from: PHONE })).text) as { polls: PollSnapshot[] }
      return { snapshot: listed.polls.find(p => p.id === 'planet-rounds')!, join: (await call('GET', '/join')).text }
    }
    const before = await quiz()
    expect(before.snapshot.poll).not.toHaveProperty('correct')
    expect(before.join).not.toMatch(/"correct"/)
    await call('POST', '/api/polls/planet-rounds/reveal', { headers: presenter })
    const after = await quiz()
    expect(after.snapshot.poll).toHaveProperty('correct', 'mercury')
    expect(after.join).toMatch(/"correct":"mercury"/)
    await call('POST', '/api/polls/planet-rounds/hide', { headers: presenter })
  })

  it('answers a bad percent-encoding with 400, from this machine and from a phone', async () => {
    for (const from of ['127.0.0.1', PHONE]) {
      const res = await call('POST', '/api/polls/%E0%A4%A/votes', { body: { answer: 'mercury' }, from })
      expect(res.status, from).toBe(400)
      expect(res.text).toMatch(/percent-encoding/)
    }
  })

  it('answers 405 with Allow to a method a route does not take', async () => {
    const res = await call('DELETE', '/api/polls')
    expect(res.status).toBe(405)
    expect(res.headers.allow).toBe('GET, HEAD')
    expect((await call('GET', '/api/polls/planet-before/votes')).status).toBe(405)
    expect((await call('POST', '/api/polls/planet-before/explode', { headers: presenter })).status).toBe(404)
  })

  it('normalises word-cloud entries, sends phones the top 20 only, and holds back blocklisted words until shown', async () => {
    await call('POST', '/api/polls/one-word/reset', { headers: presenter })
    await call('POST', '/api/polls/one-word/reveal', { headers: presenter })
    // Thirty participants from the presenter's machine (not capped), thirty different words.
    for (let i = 0; i < 30; i++)
      expect((await (await participant()).vote(`word${String(i).padStart(2, '0')}`, 'one-word')).status).toBe(200)
    const writer = await participant()
    expect((await writer.vote('\u200Bfree\u200Ddom\u0007', 'one-word')).status).toBe(200)
    expect((await (await participant()).vote('Shit happens', 'one-word')).status).toBe(200)
    const words = async (headers: Record<string, string> = {}) => (JSON.parse((await call('GET', '/api/polls', { headers, from: headers.Authorization ? '127.0.0.1' : PHONE })).text) as { polls: PollSnapshot[] }).polls.find(p => p.id === 'one-word')!.tally!.words!
    expect(await words()).toHaveLength(20)
    const all = await words(presenter)
    expect(all.map(w => w.text)).toContain('freedom')
    expect(all.find(w => w.key === 'shit happens')?.hidden).toBe(true)
    expect((await words()).map(w => w.key)).not.toContain('shit happens')
    await call('POST', '/api/polls/one-word/show-word', { headers: presenter, body: { text: 'Shit happens' } })
    expect((await words(presenter)).find(w => w.key === 'shit happens')?.hidden).toBe(false)
  })

  it('keeps hidden results out of public reads, and never shows the token', async () => {
    const body = (await call('GET', '/api/polls')).text
    expect(JSON.parse(body).polls.find((p: { id: string }) => p.id === 'planet-before').tally).toBeUndefined()
    const join = (await call('GET', '/join')).text
    for (const text of [body, join])
      expect(text).not.toContain(TOKEN)
  })

  it('exports results as CSV, defusing spreadsheet formulas', async () => {
    expect((await (await participant()).vote('=SUM(A1)', 'one-word')).status).toBe(200)
    const csv = (await call('GET', '/api/results.csv', { headers: presenter })).text
    expect(csv).toMatch(/^poll,kind,question,round,participant,answer,at/)
    expect(csv).toContain(`'=SUM(A1)`)
  })

  it('exports results in the shape the facilitator guide reads', async () => {
    const parsed = resultsExportSchema.parse(resultsJson(polls.store))
    expect(parsed.polls.map(p => p.id)).toEqual(polls.store.ids)
    expect(resultsExportSchema.parse(JSON.parse((await call('GET', '/api/results', { headers: presenter })).text)).polls.length).toBe(polls.store.ids.length)
  })
})

describe('audience channels from a phone (another address)', () => {
  const OTHER_PHONE = '127.0.0.5'

  it('reaches the questions and reactions endpoints with its cookie, like votes', async () => {
    const { cookie } = await participant(OTHER_PHONE)
    const asked = await call('POST', '/api/questions', { body: { text: 'Who checks the weights?' }, headers: { Cookie: cookie }, from: OTHER_PHONE })
    expect(asked.status).toBe(200)
    const { id } = JSON.parse(asked.text) as { id: string }
    // Pending until approved: the endpoint answers (404 for the room), the gate does not refuse it.
    const upvote = await call('POST', `/api/questions/${id}/votes`, { body: { up: true }, headers: { Cookie: cookie }, from: OTHER_PHONE })
    expect(upvote.status).toBe(404)
    expect((await call('GET', '/api/questions', { headers: { Cookie: cookie }, from: OTHER_PHONE })).status).toBe(200)
    const reaction = await call('POST', '/api/reactions', { body: { kind: 'like' }, headers: { Cookie: cookie }, from: OTHER_PHONE })
    expect([200, 409]).toContain(reaction.status)
    // Without the cookie: the participant API's 401, and nothing stored.
    expect((await call('POST', '/api/questions', { body: { text: 'No id at all?' }, from: OTHER_PHONE })).status).toBe(401)
  })

  it('serves /remote to any address; its API takes the token in the Authorization header only, and no other presenter route opens', async () => {
    const page = await call('GET', '/remote', { from: OTHER_PHONE })
    expect(page.status).toBe(200)
    expect(page.text).not.toContain(TOKEN)
    expect((await call('GET', '/api/remote', { from: OTHER_PHONE })).status).toBe(403)
    expect((await call('GET', `/api/remote?token=${TOKEN}`, { from: OTHER_PHONE })).status).toBe(403)
    const state = await call('GET', '/api/remote', { headers: presenter, from: OTHER_PHONE })
    expect(state.status).toBe(200)
    expect(JSON.parse(state.text)).toMatchObject({ total: expect.any(Number) })
    // No deck window is connected here: the navigation reaches the API, which says so.
    expect((await call('POST', '/api/remote/navigate', { body: { to: 'next' }, headers: presenter, from: OTHER_PHONE })).status).toBe(409)
    expect((await call('POST', '/api/remote/polls/planet-before/close', { body: '{}', from: OTHER_PHONE })).status).toBe(403)
    expect((await call('POST', '/api/remote/polls/planet-before/close', { headers: presenter, from: OTHER_PHONE })).status).toBe(200)
    expect(polls.store.isOpen('planet-before')).toBe(false)
    expect((await call('POST', '/api/remote/polls/planet-before/open', { headers: presenter, from: OTHER_PHONE })).status).toBe(200)
    expect((await call('POST', '/api/remote/questions/q-nothing/approve', { headers: presenter, from: OTHER_PHONE })).status).toBe(404)
    // The laptop's presenter API stays on the laptop, token or not.
    for (const [method, path] of [['POST', '/api/polls/planet-before/close'], ['GET', '/api/results'], ['GET', '/api/results.csv'], ['POST', '/api/questions/settings'], ['GET', '/api/reactions']])
      expect((await call(method, path, { headers: presenter, from: OTHER_PHONE, body: method === 'POST' ? '{}' : undefined })).status, path).toBe(403)
    expect(polls.store.isOpen('planet-before')).toBe(true)
    // The deck and Slidev's endpoints stay on the presenter's machine, token or not.
    expect((await call('GET', '/', { headers: presenter, from: OTHER_PHONE })).status).toBe(403)
    expect((await call('POST', '/@server-reactive/nav', { headers: presenter, from: OTHER_PHONE })).status).toBe(403)
  })

  it('takes the stream\'s query token from the presenter\'s machine only', async () => {
    const hello = (from: string) => streamHello(`/api/stream?token=${TOKEN}`, from)
    expect((await hello('127.0.0.1')).find(p => p.id === 'planet-before')?.tally).toBeDefined()
    expect((await hello(OTHER_PHONE)).find(p => p.id === 'planet-before')?.tally).toBeUndefined()
  })

  it('gives a phone holding the token in the Authorization header a participant\'s stream: no hidden tally, no quiz answer', async () => {
    const polls = await streamHello('/api/stream', OTHER_PHONE, { Authorization: `Bearer ${TOKEN}` })
    expect(polls.find(p => p.id === 'planet-before')?.tally).toBeUndefined()
    expect(polls.find(p => p.id === 'planet-rounds')?.poll).not.toHaveProperty('correct')
  })
})

/** The polls in a stream's first `hello`, opened from `from` (127.0.0.1 unless given). */
function streamHello(path: string, from?: string, headers: Record<string, string> = {}): Promise<PollSnapshot[]> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, localAddress: from, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => {
        text += c
        const data = /event: hello\ndata: (.+)\n/.exec(text)?.[1]
        if (data) {
          res.destroy()
          resolve((JSON.parse(data) as { polls: PollSnapshot[] }).polls)
        }
      })
    }).on('error', reject).end()
  })
}

describe('poll live stream', () => {
  it('caps open streams per address, but not on the presenter\'s machine', async () => {
    const open = (from: string) => new Promise<{ status: number, destroy: () => void }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/stream', localAddress: from }, res => resolve({ status: res.statusCode ?? 0, destroy: () => req.destroy() }))
      req.on('error', reject).end()
    })
    const phone = await Promise.all(Array.from({ length: 4 }, () => open(PHONE)))
    expect(phone.map(s => s.status)).toEqual([200, 200, 200, 429])
    const local = await Promise.all(Array.from({ length: 4 }, () => open('127.0.0.1')))
    expect(local.map(s => s.status)).toEqual([200, 200, 200, 200])
    ;[...phone, ...local].forEach(s => s.destroy())
  })

  it('drops a client that stops reading once its unsent bytes pass the cap', async () => {
    // A real client that connects, then never reads another byte. The presenter's stream gets a
    // frame per change here (phones wait for a quiet moment), so it fills the kernel's buffers fastest.
    // The presenter's stream (its query token counts on the presenter's machine only).
    const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.1' })
    await new Promise(resolve => socket.once('connect', resolve))
    socket.write(`GET /api/stream?token=${TOKEN} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)
    socket.pause()
    const droppedBefore = polls.stream.dropped
    await call('POST', '/api/polls/one-word/reset', { headers: presenter })
    const voters = await Promise.all(Array.from({ length: 100 }, () => participant()))
    const deadline = Date.now() + 30_000
    for (let round = 0; polls.stream.dropped === droppedBefore && Date.now() < deadline; round++) {
      // A hundred long words: every change is a frame of several KB.
      for (const [i, voter] of voters.entries())
        await voter.vote(`entry-${String(i).padStart(3, '0')}-${round % 10}-abcdefghij`, 'one-word')
    }
    expect(polls.stream.dropped).toBe(droppedBefore + 1)
    socket.destroy()
  }, 40_000)
})

describe('the room size', () => {
  let room: ApiTestServer
  beforeAll(async () => {
    room = await startApiTestServer('room-', { roomSize: 3 })
  })
  afterAll(() => room.close())

  it('lets in as many ids as the room holds, whichever address asks, then refuses with a clear page and tells the presenter', async () => {
    for (const name of ['a', 'b', 'c'])
      expect(await room.cookie(name)).toMatch(/^poll-participant=/)
    const refused = await fetch(`${room.base}/join`)
    expect(refused.status).toBe(503)
    expect(refused.headers.get('set-cookie')).toBeNull()
    expect(await refused.text()).toMatch(/session is full: all 3 places are taken/)
    expect(room.polls.room.state()).toEqual({ joined: 3, size: 3, refused: 1 })
    const presence = await presenterPresence(room)
    expect(presence).toMatchObject({ room: { joined: 3, size: 3, refused: 1 } })
  })

  it('refuses a valid id the room has no place for (signed before the log was moved away)', async () => {
    const stray = ParticipantIds.inFolder(room.resultsDir).issue()
    await room.post('/api/polls/planet-before/open', {}, true)
    const res = await fetch(`${room.base}/api/polls/planet-before/votes`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Cookie': `poll-participant=${stray}` }, body: '{"answer":"weights-only"}' })
    const text = await res.text()
    expect(res.status, text).toBe(403)
    expect(text).toMatch(/session is full/)
  })
})

/** The first presence frame of the presenter's stream. */
function presenterPresence(server: ApiTestServer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request(`${server.base}/api/stream?token=${TEST_TOKEN}`, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => {
        text += c
        const data = /event: presence\ndata: (.+)\n/.exec(text)?.[1]
        if (data) {
          res.destroy()
          resolve(JSON.parse(data))
        }
      })
    }).on('error', reject).end()
  })
}
