/**
 * For API unit tests: the poll server core on a free loopback port with its own results folder,
 * and a POST helper that adds the token when asked.
 */
import type { AddressInfo } from 'node:net'
import type { PollServer } from './poll-server.ts'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPollServer } from './poll-server.ts'

export const TEST_TOKEN = 'unit-test-token'

export interface ApiTestServer {
  polls: PollServer
  base: string
  resultsDir: string
  post: (path: string, body: string | object, presenter?: boolean) => Promise<Response>
  close: () => Promise<void>
}

export async function startApiTestServer(prefix: string): Promise<ApiTestServer> {
  const resultsDir = mkdtempSync(join(tmpdir(), prefix))
  const polls = await createPollServer({ resultsDir, token: TEST_TOKEN })
  const server = createServer((req, res) => polls.handle(req, res, () => res.writeHead(404).end()))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    polls,
    base,
    resultsDir,
    post: (path, body, presenter = false) => fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(presenter ? { Authorization: `Bearer ${TEST_TOKEN}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    close: async () => {
      server.close()
      await polls.close()
    },
  }
}
