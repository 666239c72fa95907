/**
 * For API unit tests: the poll server core on a free loopback port with its own results folder,
 * and a POST helper that sends as the presenter (the token) or as a named participant (the signed
 * cookie /join gave that name's first request).
 */
import type { AddressInfo } from 'node:net'
import type { PollServer, PollServerOptions } from './poll-server.ts'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURE_ROOT, fixtureDeck } from '../test/fixture-deck.ts'
import { createPollServer } from './poll-server.ts'

export const TEST_TOKEN = 'unit-test-token'

export interface ApiTestServer {
  polls: PollServer
  base: string
  resultsDir: string
  /** `as`: true for the presenter, a name for a participant (each name gets its own id), nothing for neither. */
  post: (path: string, body: string | object, as?: true | string) => Promise<Response>
  /** The Cookie header of a named participant. */
  cookie: (name: string) => Promise<string>
  close: () => Promise<void>
}

export async function startApiTestServer(prefix: string, options: Partial<Omit<PollServerOptions, 'resultsDir' | 'token'>> = {}): Promise<ApiTestServer> {
  const resultsDir = mkdtempSync(join(tmpdir(), prefix))
  const polls = await createPollServer({ deck: await fixtureDeck(), deckRoot: FIXTURE_ROOT, ...options, resultsDir, token: TEST_TOKEN })
  const server = createServer((req, res) => polls.handle(req, res, () => res.writeHead(404).end()))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const cookies = new Map<string, Promise<string>>()
  const cookie = (name: string): Promise<string> => {
    if (!cookies.has(name))
      cookies.set(name, fetch(`${base}/join`).then(res => String(res.headers.get('set-cookie')).split(';')[0]))
    return cookies.get(name)!
  }
  return {
    polls,
    base,
    resultsDir,
    cookie,
    post: async (path, body, as) => fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(as === true ? { Authorization: `Bearer ${TEST_TOKEN}` } : {}),
        ...(typeof as === 'string' ? { Cookie: await cookie(as) } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    close: async () => {
      server.close()
      await polls.close()
    },
  }
}
