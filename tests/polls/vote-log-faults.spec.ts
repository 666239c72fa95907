import type { RunningServer } from './poll-server.ts'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { newParticipant, newResultsDir, presenterPost, startServer, TOKEN } from './poll-server.ts'

// Fault injection on the real server process: a real file-size limit and a real SIGKILL.
const POLL = 'knowledge-osaid-before'

async function storedAnswers(server: RunningServer): Promise<Map<string, string>> {
  const res = await fetch(`${server.url}/api/results`, { headers: { Authorization: `Bearer ${TOKEN}` } })
  const body = await res.json() as { polls: { id: string, answers: { participant: string, answer: string }[] }[] }
  return new Map(body.polls.find(p => p.id === POLL)!.answers.map(a => [a.participant, a.answer]))
}

test.describe('vote log under faults', () => {
  let server: RunningServer | undefined
  test.afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  test('a write cut short by the file size limit loses no acknowledged vote after SIGKILL and restart', async () => {
    server = await startServer()
    await presenterPost(server, `/api/polls/${POLL}/open`)
    const first = await newParticipant(server)
    expect((await first.vote(POLL, 'weights-only')).status).toBe(200)

    const log = join(server.resultsDir, 'polls.jsonl')
    const limit = statSync(log).size + 150
    execFileSync('prlimit', ['--pid', String(server.process.pid), `--fsize=${limit}:`])
    // Votes until one cannot be stored: the write that hits the limit stops part-way through a record.
    const refused: number[] = []
    for (let i = 0; i < 5 && !refused.length; i++) {
      const res = await (await newParticipant(server)).vote(POLL, 'free-api')
      if (res.status !== 200)
        refused.push(res.status)
    }
    expect(refused).toEqual([500])
    expect(statSync(log).size).toBeLessThanOrEqual(limit)

    execFileSync('prlimit', ['--pid', String(server.process.pid), '--fsize=unlimited:'])
    const after = await newParticipant(server)
    expect((await after.vote(POLL, 'weights-code-data-info')).status).toBe(200)
    const acknowledged = await storedAnswers(server)

    await server.kill()
    server = await startServer({ resultsDir: server.resultsDir })
    const replayed = await storedAnswers(server)
    expect(replayed.get(after.id)).toBe('weights-code-data-info')
    expect(replayed).toEqual(acknowledged)
    // The log is clean again: nothing was skipped at start.
    expect(server.output()).not.toMatch(/damaged|cut off/)
  })

  test('at start, damaged lines are reported with where they are, and the original bytes are kept', async () => {
    const resultsDir = newResultsDir()
    const at = new Date().toISOString()
    const good = (participant: string) => JSON.stringify({ type: 'vote', poll: POLL, participant, answer: 'weights-only', at })
    const original = [
      JSON.stringify({ type: 'open', poll: POLL, at }),
      good('participant-one'),
      '{"type":"vote","poll":"benefits-bef',
      good('participant-two'),
      '{"type":"vote","poll":"benefits-before","partic',
    ].join('\n')
    writeFileSync(join(resultsDir, 'polls.jsonl'), original)

    server = await startServer({ resultsDir })
    expect(server.output()).toMatch(/1 damaged line skipped \(line 3\); results may be incomplete/)
    expect(server.output()).toMatch(/last line was cut off while it was being written/)
    const copy = readdirSync(resultsDir).find(name => name.startsWith('polls.jsonl.damaged-'))
    expect(copy, 'a copy of the damaged log').toBeTruthy()
    expect(readFileSync(join(resultsDir, copy!), 'utf8')).toBe(original)
    expect([...(await storedAnswers(server)).keys()].sort()).toEqual(['participant-one', 'participant-two'])

    // The next vote lands on a line of its own and survives a restart.
    const next = await newParticipant(server)
    expect((await next.vote(POLL, 'free-api')).status).toBe(200)
    await server.kill()
    server = await startServer({ resultsDir })
    expect((await storedAnswers(server)).get(next.id)).toBe('free-api')
  })

  test('a close during a burst is a barrier: no vote is acknowledged after it, and none is in the log behind it', async () => {
    server = await startServer()
    await presenterPost(server, `/api/polls/${POLL}/open`)
    const voters = await Promise.all(Array.from({ length: 300 }, () => newParticipant(server!)))
    const answers = ['weights-only', 'free-api', 'weights-code-data-info']
    const sends = voters.map(async (voter, i) => ({ id: voter.id, status: (await voter.vote(POLL, answers[i % 3])).status }))
    // The close goes out while the burst is in flight.
    await new Promise(resolve => setTimeout(resolve, 15))
    const close = await presenterPost(server, `/api/polls/${POLL}/close`)
    expect(close.status).toBe(200)
    const replies = await Promise.all(sends)
    const acknowledged = new Set(replies.filter(r => r.status === 200).map(r => r.id))
    expect(replies.every(r => r.status === 200 || r.status === 409), JSON.stringify(replies.filter(r => r.status !== 200 && r.status !== 409))).toBe(true)
    const records = readFileSync(join(server.resultsDir, 'polls.jsonl'), 'utf8').trim().split('\n').map(line => JSON.parse(line) as { type: string, poll?: string, participant?: string })
    const closedAt = records.findIndex(r => r.type === 'close' && r.poll === POLL)
    expect(records.slice(closedAt).filter(r => r.type === 'vote'), 'votes behind the close').toEqual([])
    // Every acknowledged vote is counted, before and after a restart.
    expect(new Set((await storedAnswers(server)).keys())).toEqual(acknowledged)
    await server.kill()
    server = await startServer({ resultsDir: server.resultsDir })
    expect(new Set((await storedAnswers(server)).keys())).toEqual(acknowledged)
    test.info().annotations.push({ type: 'barrier', description: `${acknowledged.size} of 300 acknowledged before the close` })
  })

  test('replay checks every record against its poll: an answer outside the scale or a vote after the close is set aside and reported', async () => {
    const resultsDir = newResultsDir()
    const at = new Date().toISOString()
    writeFileSync(join(resultsDir, 'polls.jsonl'), `${[
      { type: 'open', poll: 'ethics-deepfakes', at },
      { type: 'vote', poll: 'ethics-deepfakes', participant: 'p-a', answer: 99999, at },
      { type: 'vote', poll: 'ethics-deepfakes', participant: 'p-b', answer: 4, at },
      { type: 'close', poll: 'ethics-deepfakes', at },
      { type: 'vote', poll: 'ethics-deepfakes', participant: 'p-c', answer: 2, at },
      { type: 'made-up', at },
    ].map(r => JSON.stringify(r)).join('\n')}\n`)
    server = await startServer({ resultsDir })
    expect(server.output()).toMatch(/3 records set aside and not counted \(line 2: an answer that does not fit poll "ethics-deepfakes".*line 5: a vote in poll "ethics-deepfakes" while it was closed; line 6: a record of unknown type "made-up"\)/)
    const results = await (await fetch(`${server.url}/api/results`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as { polls: { id: string, tally: { mean?: number | null, voters: number } }[] }
    expect(results.polls.find(p => p.id === 'ethics-deepfakes')!.tally).toMatchObject({ voters: 1, mean: 4 })
  })
})
