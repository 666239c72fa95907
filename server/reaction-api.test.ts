import type { AddressInfo } from 'node:net'
import type { PaceSnapshot } from '../lib/reactions/reactions.ts'
import type { PollServer } from './poll-server.ts'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPollServer } from './poll-server.ts'

const TOKEN = 'unit-test-token'
const resultsDir = mkdtempSync(join(tmpdir(), 'reactions-'))
let polls: PollServer
let base: string
let close: () => void

beforeAll(async () => {
  polls = await createPollServer({ resultsDir, token: TOKEN })
  const server = createServer((req, res) => polls.handle(req, res, () => res.writeHead(404).end()))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(async () => {
  close()
  await polls.close()
})

function post(path: string, body: object, presenter = false) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(presenter ? { Authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify(body),
  })
}

describe('reactions HTTP API', () => {
  it('counts reactions per slide with a per-participant cooldown, and stores no participant', async () => {
    expect((await post('/api/reactions', { participant: 'participant-r1', kind: 'lost' })).status).toBe(409)
    await post('/api/current', { slide: 4 }, true)
    expect((await post('/api/reactions', { participant: 'participant-r1', kind: 'lost' })).status).toBe(200)
    const again = await post('/api/reactions', { participant: 'participant-r1', kind: 'faster' })
    expect(again.status).toBe(429)
    expect(again.headers.get('retry-after')).toMatch(/^[1-5]$/)
    expect((await post('/api/reactions', { participant: 'participant-r2', kind: 'lost' })).status).toBe(200)
    await post('/api/current', { slide: 5 }, true)
    expect((await post('/api/reactions', { participant: 'participant-r3', kind: 'slower' })).status).toBe(200)
    expect((await post('/api/reactions', { participant: 'participant-r4', kind: 'boo' })).status).toBe(422)
    expect((await post('/api/reactions', { kind: 'like' })).status).toBe(400)

    expect((await fetch(`${base}/api/reactions`)).status).toBe(403)
    const pace = await (await fetch(`${base}/api/reactions`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as PaceSnapshot
    expect(pace.bySlide).toEqual({ 4: { like: 0, lost: 2, slower: 0, faster: 0 }, 5: { like: 0, lost: 0, slower: 1, faster: 0 } })
    expect(pace.window).toEqual({ like: 0, lost: 2, slower: 1, faster: 0 })
    expect(readFileSync(join(resultsDir, 'polls.jsonl'), 'utf8')).not.toMatch(/participant-r/)
  })

  it('turns floating reactions on for the presenter only, and replays everything after a restart', async () => {
    expect((await post('/api/reactions/settings', { floating: true })).status).toBe(403)
    expect((await post('/api/reactions/settings', { floating: 'yes' }, true)).status).toBe(400)
    expect((await post('/api/reactions/settings', { floating: true }, true)).status).toBe(200)
    const restarted = await createPollServer({ resultsDir, token: TOKEN })
    expect(restarted.reactions.snapshot()).toEqual(polls.reactions.snapshot())
    expect(restarted.reactions.floating).toBe(true)
    await restarted.close()
  })
})
