/**
 * Starts the standalone poll server (server/serve.ts) as a real child process on its own port,
 * with its own results folder, so a test can SIGKILL it and start it again on the same log.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

export const TOKEN = 'test-presenter-token-0123456789'
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

export function newResultsDir(): string {
  return mkdtempSync(join(tmpdir(), 'poll-results-'))
}

export interface StartOptions {
  /** More command-line flags (e.g. --share-deck). */
  args?: string[]
  env?: Record<string, string>
}

export async function startServer(port: number, resultsDir = newResultsDir(), options: StartOptions = {}): Promise<RunningServer> {
  // node --import tsx (not npx): the pid we kill is the server itself.
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    'server/serve.ts',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--dir',
    DIST,
    '--results',
    resultsDir,
    ...(options.args ?? []),
  ], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.setEncoding('utf8').on('data', (d: string) => output += d)
  child.stderr?.setEncoding('utf8').on('data', (d: string) => output += d)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`poll server exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/api/info`)
      if (res.ok)
        break
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 200))
  }
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
}

/** A participant as the server knows them: the signed id /join hands out, sent back with every vote. */
export async function newParticipant(server: RunningServer): Promise<Participant> {
  const res = await fetch(`${server.url}/join`)
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0]
  if (!res.ok || !cookie)
    throw new Error(`GET /join gave no participant id (${res.status})`)
  return {
    id: cookie.slice(cookie.indexOf('=') + 1, cookie.lastIndexOf('.')),
    vote: (poll, answer) => fetch(`${server.url}/api/polls/${poll}/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Cookie': cookie },
      body: JSON.stringify({ answer }),
    }),
  }
}
