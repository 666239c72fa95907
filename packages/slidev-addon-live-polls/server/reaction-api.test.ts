import type { PaceSnapshot } from '../core/reactions/reactions.ts'
import type { ApiTestServer } from './api-test-server.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_ROOT, fixtureDeck } from '../test/fixture-deck.ts'
import { startApiTestServer, TEST_TOKEN as TOKEN } from './api-test-server.ts'
import { createPollServer } from './poll-server.ts'

let api: ApiTestServer
beforeAll(async () => {
  api = await startApiTestServer('reactions-')
})
afterAll(() => api.close())
const post = (path: string, body: object, as?: true | string) => api.post(path, body, as)

describe('reactions HTTP API', () => {
  it('counts reactions per slide with a per-participant cooldown, and stores no participant', async () => {
    expect((await post('/api/reactions', { kind: 'lost' }, 'participant-r1')).status).toBe(409)
    await post('/api/current', { slide: 4 }, true)
    expect((await post('/api/reactions', { kind: 'lost' }, 'participant-r1')).status).toBe(200)
    const again = await post('/api/reactions', { kind: 'faster' }, 'participant-r1')
    expect(again.status).toBe(429)
    expect(again.headers.get('retry-after')).toMatch(/^[1-5]$/)
    expect((await post('/api/reactions', { kind: 'lost' }, 'participant-r2')).status).toBe(200)
    await post('/api/current', { slide: 5 }, true)
    expect((await post('/api/reactions', { kind: 'slower' }, 'participant-r3')).status).toBe(200)
    expect((await post('/api/reactions', { kind: 'boo' }, 'participant-r4')).status).toBe(422)
    expect((await post('/api/reactions', { kind: 'like' })).status).toBe(401)

    expect((await fetch(`${api.base}/api/reactions`)).status).toBe(403)
    const pace = await (await fetch(`${api.base}/api/reactions`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as PaceSnapshot
    expect(pace.bySlide).toEqual({ 4: { like: 0, lost: 2, slower: 0, faster: 0 }, 5: { like: 0, lost: 0, slower: 1, faster: 0 } })
    expect(pace.window).toEqual({ like: 0, lost: 2, slower: 1, faster: 0 })
    // The ids are in the log as the room's members (join records), never beside a reaction.
    const log = readFileSync(join(api.resultsDir, 'polls.jsonl'), 'utf8').split('\n').filter(line => line.includes('"reaction"')).join('\n')
    expect(log).toContain('"kind":"lost"')
    for (const name of ['participant-r1', 'participant-r2', 'participant-r3']) {
      const cookie = await api.cookie(name)
      expect(log).not.toContain(cookie.slice(cookie.indexOf('=') + 1, cookie.lastIndexOf('.')))
    }
  })

  it('turns floating reactions on for the presenter only, and replays everything after a restart', async () => {
    expect((await post('/api/reactions/settings', { floating: true })).status).toBe(403)
    expect((await post('/api/reactions/settings', { floating: 'yes' }, true)).status).toBe(400)
    expect((await post('/api/reactions/settings', { floating: true }, true)).status).toBe(200)
    const restarted = await createPollServer({ deck: await fixtureDeck(), deckRoot: FIXTURE_ROOT, resultsDir: api.resultsDir, token: TOKEN })
    expect(restarted.reactions.snapshot()).toEqual(api.polls.reactions.snapshot())
    expect(restarted.reactions.floating).toBe(true)
    await restarted.close()
  })
})
