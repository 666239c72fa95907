/**
 * `npm run bench:polls [-- --participants 1000]`: N simulated participants on loopback follow the
 * live stream of the standalone server and vote at once. Reports latency from a vote's POST to
 * the change reaching a presenter connection, votes per second, acknowledged versus stored votes,
 * and the server's peak memory; then loads /join in Chromium on a Fast-3G-like network and reports
 * its transferred bytes and time to interactive. Timing goals are printed beside the figures, never
 * enforced: the exit code fails only when a vote is lost or refused.
 */
import type { IncomingMessage } from 'node:http'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, get, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { chromiumOrExit } from '../../lib/browser/chromium.ts'
import { parseCommandLine } from '../../lib/cli/options.ts'
import { loadPollsFromDeck } from '../../lib/polls/load-from-deck.ts'

const values = parseCommandLine({
  command: 'npm run bench:polls --',
  summary: 'N simulated phones vote at once on loopback; prints latency, votes/s, lost votes and server memory beside the goals.',
  options: {
    'participants': { type: 'count', default: 300, help: 'simulated phones' },
    'port': { type: 'port', default: 4350, help: 'port for the poll server under test' },
    'poll': { type: 'string', default: 'benefits-before', value: '<id>', help: 'the poll to vote in' },
    // Its disk's fsync latency bounds every acknowledgement: point it at another disk to compare.
    'results-in': { type: 'string', value: '<folder>', help: 'where the vote log goes (a fresh temporary folder by default)' },
    'round-phones': { type: 'count', default: 1000, help: 'phones answering round 2 of a two-round quiz at once' },
    'storm-phones': { type: 'count', default: 300, help: 'phones upvoting three questions each at once' },
  },
})
const N = Number(values.participants)
const PORT = Number(values.port)
const TOKEN = 'bench-presenter-token'
const BASE = `http://127.0.0.1:${PORT}`
const OPTIONS = ['open', 'closed', 'hybrid']

interface StreamEvent { event: string, data: string, at: number }

/** Opens an SSE connection and calls `onEvent` per event; resolves once connected. */
function follow(path: string, onEvent: (e: StreamEvent) => void): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(`${BASE}${path}`, { agent: false }, (res) => {
      res.setEncoding('utf8')
      let buffer = ''
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.+)$/m.exec(frame)?.[1]
          const data = /^data: (.+)$/m.exec(frame)?.[1]
          if (event && data)
            onEvent({ event, data, at: performance.now() })
          end = buffer.indexOf('\n\n')
        }
      })
      resolve(res)
    }).on('error', reject)
  })
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity })

/** `onSent` fires when the request has been handed to the kernel: the moment the vote leaves the phone. */
function post(path: string, body: object, headers: Record<string, string> = {}, onSent?: () => void): Promise<{ status: number, body: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = request(`${BASE}${path}`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => text += c).on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.on('finish', () => onSent?.())
    req.end(payload)
  })
}

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : Number.NaN
}

/** Peak resident memory of a process (Linux /proc), in MB. */
function peakMemoryMb(pid: number): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1])
    return kb / 1024
  }
  catch {
    return Number.NaN
  }
}

async function main(): Promise<void> {
  const resultsDir = mkdtempSync(join(values['results-in'] ?? tmpdir(), 'bench-polls-'))
  const emptyDist = mkdtempSync(join(tmpdir(), 'bench-dist-'))
  // The server refuses a folder without a built deck; the bench needs no deck, only a page.
  writeFileSync(join(emptyDist, 'index.html'), '<!doctype html><title>bench</title>\n')
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts', '--port', String(PORT), '--host', '127.0.0.1', '--dir', emptyDist, '--results', resultsDir], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1' },
    stdio: 'inherit',
  })
  const stopServer = () => server.kill('SIGTERM')
  process.on('exit', stopServer)
  try {
    for (let i = 0; ; i++) {
      if (i > 300)
        throw new Error('the poll server did not start within 60 s')
      try {
        if ((await fetch(`${BASE}/api/info`)).ok)
          break
      }
      catch {}
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    const auth = { Authorization: `Bearer ${TOKEN}` }
    await post(`/api/polls/${values.poll}/open`, {}, auth)

    const presenterEvents: { seq: number, at: number }[] = []
    const presenter = await follow(`/api/stream?token=${TOKEN}`, (e) => {
      if (e.event === 'poll')
        presenterEvents.push({ seq: (JSON.parse(e.data) as { seq: number }).seq, at: e.at })
    })
    let hellos = 0
    let allConnected: () => void = () => {}
    const connected = new Promise<void>(resolve => allConnected = resolve)
    const onHello = () => ++hellos === N && allConnected()
    const streams: IncomingMessage[] = []
    for (let i = 0; i < N; i += 50) {
      streams.push(...await Promise.all(Array.from({ length: Math.min(50, N - i) }, () =>
        follow('/api/stream', e => e.event === 'hello' && onHello()))))
    }
    await connected

    // Each phone already holds a keep-alive connection from loading /join; so does each simulated one.
    await Promise.all(Array.from({ length: N }, () => new Promise<void>((resolve, reject) => {
      get(`${BASE}/api/info`, { agent }, res => res.resume().on('end', () => resolve())).on('error', reject)
    })))

    const votes = Array.from({ length: N }, (_, i) => ({ participant: `bench-${String(i).padStart(5, '0')}`, answer: OPTIONS[i % 3], sentAt: 0, ackAt: 0, seq: -1, status: 0 }))
    const started = performance.now()
    await Promise.all(votes.map(async (vote) => {
      try {
        const res = await post(`/api/polls/${values.poll}/votes`, { participant: vote.participant, answer: vote.answer }, {}, () => vote.sentAt = performance.now())
        vote.ackAt = performance.now()
        vote.status = res.status
        if (res.status === 200)
          vote.seq = (JSON.parse(res.body) as { seq: number }).seq
      }
      catch {}
    }))
    const finished = performance.now()
    await new Promise(resolve => setTimeout(resolve, 500))

    const acked = votes.filter(v => v.status === 200)
    const latencies = acked.map((v) => {
      const seen = presenterEvents.find(e => e.seq >= v.seq)
      return seen ? seen.at - v.sentAt : Number.POSITIVE_INFINITY
    }).sort((a, b) => a - b)
    const results = await (await fetch(`${BASE}/api/results`, { headers: auth })).json() as { polls: { id: string, answers: { participant: string, answer: string }[] }[] }
    const stored = new Map(results.polls.find(p => p.id === values.poll)!.answers.map(a => [a.participant, a.answer]))
    const lost = acked.filter(v => stored.get(v.participant) !== v.answer).length
    const memory = peakMemoryMb(server.pid!)

    presenter.destroy()
    streams.forEach(s => s.destroy())
    agent.destroy()

    const acks = acked.map(v => v.ackAt - v.sentAt).sort((a, b) => a - b)
    const ms = (n: number) => `${n.toFixed(1)} ms`
    const p95 = quantile(latencies, 0.95)
    console.log(`\nLive polls benchmark: ${N} participants on loopback, all voting at once`)
    console.table({
      'vote → presenter p50': { measured: ms(quantile(latencies, 0.5)), goal: '' },
      'vote → presenter p95': { measured: ms(p95), goal: N <= 300 ? '< 100 ms' : '' },
      'vote → presenter p99': { measured: ms(quantile(latencies, 0.99)), goal: '' },
      'vote → 200 (durable) p50 / p95': { measured: `${ms(quantile(acks, 0.5))} / ${ms(quantile(acks, 0.95))}`, goal: '' },
      'votes per second': { measured: (acked.length / ((finished - started) / 1000)).toFixed(0), goal: '' },
      'acknowledged': { measured: `${acked.length} of ${N}`, goal: String(N) },
      'stored': { measured: String(stored.size), goal: '' },
      'lost (acknowledged, not stored)': { measured: String(lost), goal: '0' },
      'server peak memory (RSS)': { measured: `${memory.toFixed(0)} MB`, goal: '' },
    })
    const round = await benchRoundTwo(auth, Number(values['round-phones']))
    const storm = await benchUpvoteStorm(auth, Number(values['storm-phones']))
    const join = await measureJoinPage(auth)
    console.log('\n/join on a Fast-3G-like network (562.5 ms round trip, 1.44 Mbit/s down)')
    console.table({
      'transferred (gzipped)': { measured: `${(join.transferred / 1024).toFixed(1)} KB`, goal: '≤ 60 KB' },
      'interactive after': { measured: `${join.interactive} ms`, goal: '≤ 1000 ms' },
    })
    const timingGoals = (N > 300 || p95 < 100) && join.interactive <= 1000 && join.transferred <= 60 * 1024
    console.log(timingGoals ? 'Speed and size goals met.' : 'Speed or size goal not met on this run (figures above).')
    const ok = lost === 0 && acked.length === N && round.ok && storm.ok
    console.log(ok ? 'Every acknowledged vote stored.' : 'VOTES LOST OR REFUSED.')
    process.exitCode = ok ? 0 : 1
  }
  finally {
    stopServer()
    rmSync(resultsDir, { recursive: true, force: true })
    rmSync(emptyDist, { recursive: true, force: true })
  }
}

/** Sends every request at once; returns each one's status and time to the durable 200. */
async function burst<T>(items: T[], send: (item: T) => Promise<{ status: number, body: string }>): Promise<{ item: T, status: number, body: string, ms: number }[]> {
  return Promise.all(items.map(async (item) => {
    const start = performance.now()
    try {
      const res = await send(item)
      return { item, ...res, ms: performance.now() - start }
    }
    catch {
      return { item, status: 0, body: '', ms: performance.now() - start }
    }
  }))
}

function ackTable(title: string, sent: { status: number, ms: number }[], seconds: number, lost: number, extra: Record<string, { measured: string, goal: string }> = {}): boolean {
  const acked = sent.filter(r => r.status === 200)
  const ms = acked.map(r => r.ms).sort((a, b) => a - b)
  console.log(`\n${title}`)
  console.table({
    'request → 200 (durable) p50 / p95': { measured: `${quantile(ms, 0.5).toFixed(1)} ms / ${quantile(ms, 0.95).toFixed(1)} ms`, goal: '' },
    'per second': { measured: (acked.length / seconds).toFixed(0), goal: '' },
    'acknowledged': { measured: `${acked.length} of ${sent.length}`, goal: String(sent.length) },
    'lost (acknowledged, not stored)': { measured: String(lost), goal: '0' },
    ...extra,
  })
  return lost === 0 && acked.length === sent.length
}

/** A two-round quiz: `n` phones answer round 1, the presenter starts round 2, all `n` answer again at once. */
async function benchRoundTwo(auth: Record<string, string>, n: number): Promise<{ ok: boolean }> {
  const quiz = (await loadPollsFromDeck()).find(p => 'rounds' in p.poll && p.poll.rounds === 2)
  if (!quiz || !('options' in quiz.poll))
    throw new Error('the deck has no two-round choice poll to bench')
  const ids = quiz.poll.options.map(o => o.id)
  const phones = Array.from({ length: n }, (_, i) => `round-${String(i).padStart(5, '0')}`)
  const path = `/api/polls/${quiz.poll.id}`
  await post(`${path}/open`, {}, auth)
  const first = await burst(phones, participant => post(`${path}/votes`, { participant, answer: ids[0] }))
  await post(`${path}/round-2`, {}, auth)
  const started = performance.now()
  const second = await burst(phones, participant => post(`${path}/votes`, { participant, answer: ids[phones.indexOf(participant) % ids.length] }))
  const seconds = (performance.now() - started) / 1000
  const results = await (await fetch(`${BASE}/api/results`, { headers: auth })).json() as { polls: { id: string, answers: { participant: string, answer: string }[], firstRound?: { participant: string }[] }[] }
  const exported = results.polls.find(p => p.id === quiz.poll.id)!
  const stored = new Map(exported.answers.map(a => [a.participant, a.answer]))
  const lost = second.filter(r => r.status === 200 && stored.get(r.item) !== ids[phones.indexOf(r.item) % ids.length]).length
  const firstStored = new Set(exported.firstRound?.map(a => a.participant))
  const firstLost = first.filter(r => r.status === 200 && !firstStored.has(r.item)).length
  return {
    ok: ackTable(`Round 2: ${n} phones revote at once (${quiz.poll.id})`, second, seconds, lost + firstLost, {
      'round 1 kept beside it': { measured: `${firstStored.size} of ${first.filter(r => r.status === 200).length} acknowledged`, goal: String(n) },
    }),
  }
}

/** Ten published questions; `n` phones each upvote three of them at once. */
async function benchUpvoteStorm(auth: Record<string, string>, n: number): Promise<{ ok: boolean }> {
  await post('/api/questions/settings', { publish: true, open: true }, auth)
  const questions: string[] = []
  for (let i = 0; i < 10; i++)
    questions.push((JSON.parse((await post('/api/questions', { participant: `asker-${String(i).padStart(4, '0')}`, text: `Storm question number ${i}?` })).body) as { id: string }).id)
  const upvotes = Array.from({ length: n }, (_, i) => [0, 1, 2].map(k => ({ participant: `storm-${String(i).padStart(5, '0')}`, question: questions[(i + k * 3) % questions.length] }))).flat()
  const started = performance.now()
  const sent = await burst(upvotes, ({ participant, question }) => post(`/api/questions/${question}/votes`, { participant, up: true }))
  const seconds = (performance.now() - started) / 1000
  const list = await (await fetch(`${BASE}/api/questions`, { headers: auth })).json() as { questions: { id: string, votes: number }[] }
  const expected = new Map<string, number>()
  sent.filter(r => r.status === 200).forEach(r => expected.set(r.item.question, (expected.get(r.item.question) ?? 0) + 1))
  // Each acknowledged upvote is a distinct participant on that question: the counts must match exactly.
  const lost = questions.reduce((sum, id) => sum + Math.max(0, (expected.get(id) ?? 0) - (list.questions.find(q => q.id === id)?.votes ?? 0)), 0)
  return { ok: ackTable(`Upvote storm: ${n} phones, ${upvotes.length} upvotes at once on 10 questions`, sent, seconds, lost) }
}

/** Loads /join as a phone on a throttled network, with the first poll on screen, and reads its budget figures. */
async function measureJoinPage(auth: Record<string, string>): Promise<{ transferred: number, interactive: number }> {
  const [first] = await loadPollsFromDeck()
  await post(`/api/polls/${first.poll.id}/open`, {}, auth)
  await post('/api/current', { slide: first.slide }, auth)
  const browser = await chromium.launch(chromiumOrExit())
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    // Chrome DevTools' "Fast 3G" preset.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 })
    await page.goto(`${BASE}/join`, { waitUntil: 'commit' })
    await page.getByRole('radio').first().waitFor()
    await page.waitForFunction(() => performance.getEntriesByName('join-interactive').length > 0)
    return await page.evaluate(() => ({
      interactive: Math.round(performance.getEntriesByName('join-interactive')[0].startTime),
      transferred: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0),
    }))
  }
  finally {
    await browser.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
