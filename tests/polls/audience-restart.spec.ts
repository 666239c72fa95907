import type { PollSnapshot } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import type { QaSnapshot } from 'slidev-addon-live-polls/core/questions/questions.ts'
import type { Participant, RunningServer } from './poll-server.ts'
import { expect, test } from '@playwright/test'
import { newParticipant, presenterHeaders, presenterPost, startServer } from './poll-server.ts'

let server: RunningServer

async function state(): Promise<{ polls: PollSnapshot[], questions: QaSnapshot }> {
  const polls = await (await fetch(`${server.url}/api/polls`, { headers: presenterHeaders() })).json() as { polls: PollSnapshot[] }
  const questions = await (await fetch(`${server.url}/api/questions`, { headers: presenterHeaders() })).json() as QaSnapshot
  return { polls: polls.polls, questions }
}

test.describe('audience state survives a crash', () => {
  test.afterEach(async () => {
    await server.stop()
  })

  test('after SIGKILL and a restart, both rounds, the questions, their moderation and upvotes are all there', async () => {
    server = await startServer()
    const quiz = (await state()).polls.find(p => p.rounds)!
    const options = 'options' in quiz.poll ? quiz.poll.options.map(o => o.id) : []
    await presenterPost(server, `/api/polls/${quiz.id}/open`)
    const phones: Participant[] = []
    for (let i = 0; i < 6; i++)
      phones.push(await newParticipant(server))
    for (let i = 0; i < 6; i++)
      expect((await phones[i].post(`/api/polls/${quiz.id}/votes`, { answer: options[i % options.length] })).status).toBe(200)
    expect((await presenterPost(server, `/api/polls/${quiz.id}/round-2`)).status).toBe(200)
    for (let i = 0; i < 4; i++)
      expect((await phones[i].post(`/api/polls/${quiz.id}/votes`, { answer: options[1] })).status).toBe(200)

    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const res = await phones[i].post('/api/questions', { text: `Question ${i} before the crash?` })
      ids.push((await res.json() as { id: string }).id)
    }
    await presenterPost(server, `/api/questions/${ids[0]}/approve`)
    await presenterPost(server, `/api/questions/${ids[1]}/approve`)
    await presenterPost(server, `/api/questions/${ids[1]}/answer`)
    await presenterPost(server, `/api/questions/${ids[2]}/hide`)
    for (let i = 0; i < 5; i++)
      expect((await phones[i].post(`/api/questions/${ids[0]}/votes`, { up: true })).status).toBe(200)
    await presenterPost(server, '/api/questions/settings', { publish: true })

    const before = await state()
    await server.kill()
    server = await startServer({ port: server.port, resultsDir: server.resultsDir })
    const after = await state()
    expect(after.questions).toEqual(before.questions)
    const restored = after.polls.find(p => p.id === quiz.id)!
    expect(restored.rounds).toEqual(before.polls.find(p => p.id === quiz.id)!.rounds)
    expect(restored.rounds).toMatchObject({ current: 2, first: { voters: 6 } })
    expect(restored.voters).toBe(4)
    expect(after.questions.questions.find(q => q.id === ids[0])).toMatchObject({ votes: 5, status: 'approved' })
  })
})
