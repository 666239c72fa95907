/**
 * Starts the standalone poll server (`npm run serve`) as a real child process on a free port the
 * system picks, with its own results folder, so a test can SIGKILL it and start it again on the
 * same log. Before handing it over, it checks the server answering is the one it started: the
 * presenter token is random per test process, and only our server accepts it.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { manifestOfSource, writeManifest } from 'slidev-addon-live-polls/node/deck-source.ts'
import { npmScript } from '../../scripts/lib/npm-script.ts'

export const TOKEN = `test-token-${randomBytes(12).toString('base64url')}`
export const DIST = process.env.DECK_DIST ?? 'dist'

export interface RunningServer {
  url: string
  port: number
  resultsDir: string
  process: ChildProcess
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  /** SIGKILL: no shutdown hook runs, exactly like a crash or a pulled plug. */
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * A folder that passes for a built deck: `index.html` holding `html`, and the manifest a build of
 * the deck leaves beside it (its polls, notes and theme), so `serve` runs the deck's own polls.
 */
export async function fakeBuild(html: string, dir = newResultsDir()): Promise<string> {
  writeFileSync(join(dir, 'index.html'), html)
  writeManifest(dir, await manifestOfSource(process.env.DECK_ENTRY ?? 'slides.md'))
  return dir
}

export function newResultsDir(): string {
  return mkdtempSync(join(tmpdir(), 'poll-results-'))
}

export interface StartServerOptions {
  /** Reuse a results folder (e.g. to restart on the same log); a new empty one by default. */
  resultsDir?: string
  /** The built deck to serve (DIST by default). */
  dist?: string
  /** A port to reuse (a restart on the address phones already know); a free one by default. */
  port?: number
  /** More command-line flags (e.g. --share-deck). */
  args?: string[]
  /** The room size to state (default 2,000: some journeys send hundreds of phones). */
  roomSize?: number
  /** A command the server runs under (e.g. prlimit with its arguments). */
  wrap?: string[]
  env?: Record<string, string>
}

/** A port that was free a moment ago, for commands that cannot take port 0 (Slidev). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Waits until the server at `url` accepts our token: another program on that port would not. */
export async function waitForOwnServer(url: string, alive: () => boolean, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!alive())
      throw new Error(`server exited early:\n${output()}`)
    try {
      const res = await fetch(`${url}/api/results`, { headers: { Authorization: `Bearer ${TOKEN}` } })
      if (res.ok && (res.headers.get('content-type') ?? '').includes('json'))
        return
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error(`no server of ours answered at ${url} within ${timeoutMs / 1000} s:\n${output()}`)
}

export async function startServer({ resultsDir = newResultsDir(), dist = DIST, port: wanted = 0, args = [], env = {}, roomSize = 2000, wrap = [] }: StartServerOptions = {}): Promise<RunningServer> {
  // Node as `npm run serve` starts it (not npm): the pid we kill is the server itself (prlimit execs it).
  const [command, ...prefix] = [...wrap, process.execPath]
  const child = spawn(command, [...prefix, ...npmScript('serve', { argument: dist }), '--port', String(wanted), '--host', '127.0.0.1', '--results', resultsDir, '--room-size', String(roomSize), ...args], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.setEncoding('utf8').on('data', (d: string) => output += d)
  child.stderr?.setEncoding('utf8').on('data', (d: string) => output += d)
  // The server prints the port the system gave it.
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`poll server did not start:\n${output}`)), 60_000)
    const look = () => {
      const found = /Serving .* at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve(Number(found[1]))
      }
    }
    child.stdout?.on('data', look)
    child.once('exit', () => {
      clearTimeout(timer)
      reject(new Error(`poll server exited early:\n${output}`))
    })
  })
  const url = `http://127.0.0.1:${port}`
  await waitForOwnServer(url, () => child.exitCode === null, () => output)
  const exited = () => new Promise<void>(resolve => child.exitCode !== null || child.signalCode !== null
    ? resolve()
    : child.once('exit', () => resolve()))
  return {
    url,
    port,
    resultsDir,
    process: child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL')
      await exited()
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited()
    },
  }
}

export function presenterHeaders(token = TOKEN): Record<string, string> {
  return { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' }
}

/** Presenter action through the API (for setup steps that are not what a test is about). */
export async function presenterPost(server: RunningServer, path: string, body: object = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: presenterHeaders(),
    body: JSON.stringify(body),
  })
}

export interface Participant {
  id: string
  vote: (poll: string, answer: unknown) => Promise<Response>
  /** Any participant request (a question, an upvote, a reaction) with the same cookie. */
  post: (path: string, body: object) => Promise<Response>
}

/** A participant as the server knows them: the signed id /join hands out, sent back with every vote. */
export async function newParticipant(server: RunningServer): Promise<Participant> {
  const res = await fetch(`${server.url}/join`)
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0]
  if (!res.ok || !cookie)
    throw new Error(`GET /join gave no participant id (${res.status})`)
  const post = (path: string, body: object) => fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Cookie': cookie },
    body: JSON.stringify(body),
  })
  return {
    id: cookie.slice(cookie.indexOf('=') + 1, cookie.lastIndexOf('.')),
    vote: (poll, answer) => post(`/api/polls/${poll}/votes`, { answer }),
    post,
  }
}
