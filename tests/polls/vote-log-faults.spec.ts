import type { RunningServer } from './poll-server.ts'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { newParticipant, newResultsDir, presenterPost, startServer, TOKEN } from './poll-server.ts'

// Fault injection on the real server process: a real file-size limit and a real SIGKILL.
const POLL = 'benefits-before'

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
    expect((await first.vote(POLL, 'open')).status).toBe(200)

    const log = join(server.resultsDir, 'polls.jsonl')
    const limit = statSync(log).size + 150
    execFileSync('prlimit', ['--pid', String(server.process.pid), `--fsize=${limit}:`])
    // Votes until one cannot be stored: the write that hits the limit stops part-way through a record.
    const refused: number[] = []
    for (let i = 0; i < 5 && !refused.length; i++) {
      const res = await (await newParticipant(server)).vote(POLL, 'closed')
      if (res.status !== 200)
        refused.push(res.status)
    }
    expect(refused).toEqual([500])
    expect(statSync(log).size).toBeLessThanOrEqual(limit)

    execFileSync('prlimit', ['--pid', String(server.process.pid), '--fsize=unlimited:'])
    const after = await newParticipant(server)
    expect((await after.vote(POLL, 'hybrid')).status).toBe(200)
    const acknowledged = await storedAnswers(server)

    await server.kill()
    server = await startServer({ resultsDir: server.resultsDir })
    const replayed = await storedAnswers(server)
    expect(replayed.get(after.id)).toBe('hybrid')
    expect(replayed).toEqual(acknowledged)
    // The log is clean again: nothing was skipped at start.
    expect(server.output()).not.toMatch(/damaged|cut off/)
  })

  test('at start, damaged lines are reported with where they are, and the original bytes are kept', async () => {
    const resultsDir = newResultsDir()
    const at = new Date().toISOString()
    const good = (participant: string) => JSON.stringify({ type: 'vote', poll: POLL, participant, answer: 'open', at })
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
    expect((await next.vote(POLL, 'closed')).status).toBe(200)
    await server.kill()
    server = await startServer({ resultsDir })
    expect((await storedAnswers(server)).get(next.id)).toBe('closed')
  })
})
