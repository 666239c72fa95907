import type { QaSnapshot } from '../core/questions/questions.ts'
import type { ApiTestServer } from './api-test-server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QA_LIMITS } from '../core/questions/questions.ts'
import { FIXTURE_ROOT, fixtureDeck } from '../test/fixture-deck.ts'
import { startApiTestServer, TEST_TOKEN as TOKEN } from './api-test-server.ts'
import { createPollServer } from './poll-server.ts'

let api: ApiTestServer
beforeAll(async () => {
  api = await startApiTestServer('qa-api-')
})
afterAll(() => api.close())
const post = (path: string, body: string | object, as?: true | string) => api.post(path, body, as)
async function list(presenter = false, participant = ''): Promise<QaSnapshot> {
  return (await fetch(`${api.base}/api/questions`, {
    headers: presenter ? { Authorization: `Bearer ${TOKEN}` } : participant ? { Cookie: await api.cookie(participant) } : {},
  })).json() as Promise<QaSnapshot>
}

describe('questions HTTP API', () => {
  it('takes a cleaned question into the queue; approval shows it to the room; votes count once each', async () => {
    const res = await post('/api/questions', { text: '  Who  audits\u200B open   weights? ' }, 'participant-a1')
    expect(res.status).toBe(200)
    const { id, status } = await res.json() as { id: string, status: string }
    expect(status).toBe('pending')
    expect((await list()).questions).toEqual([])
    expect((await post(`/api/questions/${id}/votes`, { up: true }, 'participant-b1')).status).toBe(404)
    expect((await post(`/api/questions/${id}/approve`, {})).status).toBe(403)
    expect((await post(`/api/questions/${id}/approve`, {}, true)).status).toBe(200)
    expect((await list()).questions).toMatchObject([{ id, text: 'Who audits open weights?', votes: 0 }])
    await post(`/api/questions/${id}/votes`, { up: true }, 'participant-b1')
    const again = await post(`/api/questions/${id}/votes`, { up: true }, 'participant-b1')
    expect(await again.json()).toMatchObject({ ok: true, votes: 1 })
    expect(await list(false, 'participant-b1')).toMatchObject({ voted: [id] })
  })

  it('answers bad input with a clear 4xx and stores nothing', async () => {
    const before = (await list(true)).questions.length
    const anonymous = await post('/api/questions', { text: 'A real question?' })
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json() as { error: string }).error).toMatch(/participant id/)
    const cases: [string, string | object, number, RegExp][] = [
      ['/api/questions', 'not json', 400, /JSON/],
      ['/api/questions', { text: '\u200B\u200B' }, 422, /empty/],
      ['/api/questions', { text: 'ok' }, 422, /too short/],
      ['/api/questions', { text: 'x'.repeat(QA_LIMITS.maxLength + 1) }, 422, /too long/],
      ['/api/questions', { text: 'lone \uD800 surrogate' }, 422, /surrogate/],
      ['/api/questions/q-nothing/votes', { up: 'yes' }, 400, /up must be/],
      ['/api/questions/q-nothing/votes', { up: true }, 404, /no such question/],
      ['/api/questions/settings', { publish: true }, 403, /token/],
    ]
    for (const [path, body, status, error] of cases) {
      const res = await post(path, body, path.endsWith('/settings') ? undefined : 'participant-c1')
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect((await res.json() as { error: string }).error).toMatch(error)
    }
    expect((await post('/api/questions/q-nothing/pin', {}, true)).status).toBe(404)
    expect((await post('/api/questions/settings', { open: 'no' }, true)).status).toBe(400)
    expect((await fetch(`${api.base}/api/questions`, { method: 'DELETE' })).status).toBe(405)
    expect((await list(true)).questions.length).toBe(before)
  })

  it('caps questions per participant, and refuses them while Q&A is closed', async () => {
    for (let i = 0; i < QA_LIMITS.perParticipant; i++)
      expect((await post('/api/questions', { text: `Question number ${i}?` }, 'participant-d1')).status).toBe(200)
    expect((await post('/api/questions', { text: 'One too many?' }, 'participant-d1')).status).toBe(429)
    expect((await post('/api/questions/settings', { open: false }, true)).status).toBe(200)
    const closed = await post('/api/questions', { text: 'Is anyone there?' }, 'participant-e1')
    expect(closed.status).toBe(409)
    await post('/api/questions/settings', { open: true, publish: true }, true)
    const published = await post('/api/questions', { text: 'Straight to the room?' }, 'participant-e1')
    expect(await published.json()).toMatchObject({ status: 'approved' })
  })

  it('comes back from the log after a restart', async () => {
    const restarted = await createPollServer({ deck: await fixtureDeck(), deckRoot: FIXTURE_ROOT, resultsDir: api.resultsDir, token: TOKEN })
    expect(restarted.qa.book.view(true)).toEqual(api.polls.qa.book.view(true))
    await restarted.close()
  })
})
