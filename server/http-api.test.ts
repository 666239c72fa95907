import type { AddressInfo } from 'node:net'
import type { PollServer } from './poll-server.ts'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPollServer } from './poll-server.ts'

const TOKEN = 'unit-test-token'
let polls: PollServer
let base: string
let close: () => void

beforeAll(async () => {
  polls = await createPollServer({ resultsDir: mkdtempSync(join(tmpdir(), 'api-')), token: TOKEN })
  const server = createServer((req, res) => polls.handle(req, res, () => res.writeHead(404).end()))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
  await fetch(`${base}/api/polls/knowledge-osaid-before/open`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } })
})
afterAll(async () => {
  close()
  await polls.close()
})

function vote(body: string | object, poll = 'knowledge-osaid-before', headers: Record<string, string> = {}) {
  return fetch(`${base}/api/polls/${poll}/votes`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
}

describe('poll HTTP API', () => {
  it('accepts a valid vote and returns the stored answer', async () => {
    const res = await vote({ participant: 'participant-ok', answer: 'weights-only' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, answer: 'weights-only' })
  })

  it('answers bad input with a 4xx and a clear JSON error, and stores nothing', async () => {
    const before = polls.store.seq
    const cases: [string | object, number, RegExp, string?][] = [
      [{ participant: 'participant-x', answer: 'weights-only' }, 404, /unknown poll/, 'no-such-poll'],
      [{ participant: 'participant-x', answer: 'maybe' }, 422, /unknown option/],
      [{ participant: 'participant-x', answer: 3 }, 422, /option id/],
      [{ participant: 'participant-x' }, 400, /answer is missing/],
      [{ answer: 'weights-only' }, 400, /participant/],
      [{ participant: 'x', answer: 'weights-only' }, 400, /participant/],
      ['{not json', 400, /JSON/],
      ['[1,2]', 400, /JSON object/],
      [{ participant: 'participant-x', answer: 'x'.repeat(5000) }, 413, /4096/],
      [{ participant: 'participant-x', answer: 'weights-only' }, 409, /closed/, 'one-word'],
      [{ participant: 'participant-x', answer: ['a', 'b'] }, 422, /too many entries/, 'one-word'],
    ]
    for (const [body, status, message, poll] of cases) {
      const res = await vote(body, poll)
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status)
      expect((await res.json() as { error: string }).error).toMatch(message)
    }
    expect(polls.store.seq).toBe(before)
  })

  it('turns away a flood from one participant with 429, and keeps serving others', async () => {
    const statuses = []
    for (let i = 0; i < 15; i++)
      statuses.push((await vote({ participant: 'participant-flood', answer: 'weights-only' })).status)
    expect(statuses).toContain(429)
    expect((await vote({ participant: 'participant-calm', answer: 'free-api' })).status).toBe(200)
  })

  it('refuses every presenter action without the right token (403)', async () => {
    const paths = ['open', 'close', 'reveal', 'hide', 'reset'].map(a => ['POST', `/api/polls/knowledge-osaid-before/${a}`])
    paths.push(['POST', '/api/polls/one-word/hide-word'], ['POST', '/api/current'], ['GET', '/api/results'], ['GET', '/api/results.csv'])
    for (const [method, path] of paths) {
      for (const headers of [{}, { Authorization: 'Bearer wrong-token' }, { Authorization: TOKEN }] as Record<string, string>[]) {
        const res = await fetch(`${base}${path}`, { method, headers, body: method === 'POST' ? '{"slide":3,"text":"x"}' : undefined })
        expect(res.status, `${method} ${path}`).toBe(403)
      }
    }
    expect(polls.store.isOpen('knowledge-osaid-before')).toBe(true)
  })

  it('keeps hidden results out of public reads, and never shows the token', async () => {
    const body = await (await fetch(`${base}/api/polls`)).text()
    expect(JSON.parse(body).polls.find((p: { id: string }) => p.id === 'knowledge-osaid-before').tally).toBeUndefined()
    const join = await (await fetch(`${base}/join`)).text()
    for (const text of [body, join])
      expect(text).not.toContain(TOKEN)
  })

  it('exports results as CSV, defusing spreadsheet formulas', async () => {
    await fetch(`${base}/api/polls/one-word/open`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } })
    expect((await vote({ participant: 'participant-csv', answer: '=SUM(A1)' }, 'one-word')).status).toBe(200)
    const csv = await (await fetch(`${base}/api/results.csv`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text()
    expect(csv).toMatch(/^poll,kind,question,round,participant,answer,at/)
    expect(csv).toContain(`'=SUM(A1)`)
  })
})
