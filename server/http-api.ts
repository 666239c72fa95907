/**
 * The poll HTTP contract (README "Live polls"), as a connect-style handler that both the Slidev dev
 * server (Vite middleware) and the standalone server mount. Anything outside /api and /join is
 * passed to `next`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ErrorResponse, ServerInfo } from '../lib/polls/protocol.ts'
import type { LiveStream } from './live-stream.ts'
import type { PollStore, PresenterAction } from './poll-store.ts'
import { Buffer } from 'node:buffer'
import { checkAnswer, wordKey } from '../lib/polls/answer.ts'
import { MAX_BODY_BYTES, PARTICIPANT_ID } from '../lib/polls/protocol.ts'
import { FloodGuard } from './flood-guard.ts'
import { requestToken, tokenMatches } from './presenter-token.ts'
import { resultsCsv, resultsJson } from './results-export.ts'

export type Next = (error?: unknown) => void
export type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void

export interface ApiOptions {
  store: PollStore
  stream: LiveStream
  token: string
  /** Join URLs for the QR code, resolved once the server listens. */
  info: () => ServerInfo
  /** Serves GET /join with the current state inlined. */
  joinPage: (req: IncomingMessage, res: ServerResponse, state: object) => void
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

const ACTIONS = new Set<PresenterAction>([
  'open',
  'close',
  'reveal',
  'hide',
  'reset',
  'round-2',
])

export function createApiHandler(options: ApiOptions): Handler {
  const { store, stream, token } = options
  const flood = new FloodGuard()

  function presenter(req: IncomingMessage, url: URL): boolean {
    return tokenMatches(token, requestToken(req, url))
  }

  function requirePresenter(req: IncomingMessage, url: URL): void {
    if (!presenter(req, url))
      throw new HttpError(403, 'presenter token required (Authorization: Bearer <token>)')
  }

  function requirePoll(id: string): void {
    if (!store.get(id))
      throw new HttpError(404, `unknown poll "${id.slice(0, 48)}"`)
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const method = req.method ?? 'GET'
    if (path === '/join') {
      allow(method, 'GET')
      options.joinPage(req, res, {
        polls: store.snapshots({ presenter: false }),
        current: stream.currentPoll,
        seq: store.seq,
      })
      return true
    }
    if (path !== '/api' && !path.startsWith('/api/'))
      return false

    if (path === '/api/info') {
      allow(method, 'GET')
      return json(res, 200, options.info())
    }
    if (path === '/api/polls') {
      allow(method, 'GET')
      const participant = url.searchParams.get('participant') ?? undefined
      return json(res, 200, {
        polls: store.snapshots({
          presenter: presenter(req, url),
          participant,
        }),
        current: stream.currentPoll,
        seq: store.seq,
      })
    }
    if (path === '/api/stream') {
      allow(method, 'GET')
      stream.connect(res, {
        presenter: presenter(req, url),
        participant: url.searchParams.get('participant') ?? undefined,
      })
      return true
    }
    if (path === '/api/current') {
      allow(method, 'POST')
      requirePresenter(req, url)
      const body = await readJson(req)
      const slide = body.slide
      if (!Number.isInteger(slide) || (slide as number) < 1)
        throw new HttpError(400, 'slide must be a slide number (1 or more)')
      const current = store.onSlide(slide as number)
      stream.setSlide(slide as number)
      stream.setCurrent(current)
      return json(res, 200, { ok: true, current })
    }
    if (path === '/api/results' || path === '/api/results.csv') {
      allow(method, 'GET')
      requirePresenter(req, url)
      if (path === '/api/results')
        return json(res, 200, resultsJson(store))
      res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="poll-results.csv"' })
      res.end(resultsCsv(store))
      return true
    }

    const match = /^\/api\/polls\/([^/]+)\/([a-z0-9-]+)$/.exec(path)
    if (!match)
      throw new HttpError(404, `no such endpoint: ${method} ${path.slice(0, 80)}`)
    const id = decodeURIComponent(match[1])
    const verb = match[2]
    allow(method, 'POST')

    if (verb === 'votes') {
      requirePoll(id)
      const body = await readJson(req)
      const participant = body.participant
      if (typeof participant !== 'string' || !PARTICIPANT_ID.test(participant))
        throw new HttpError(400, 'participant must be an id of 8 to 64 letters, digits, "-" or "_"')
      if (!('answer' in body))
        throw new HttpError(400, 'answer is missing')
      if (!flood.allow(participant))
        throw new HttpError(429, 'too many votes from this participant: wait a few seconds')
      const check = checkAnswer(store.get(id)!, body.answer)
      if (!check.ok)
        throw new HttpError(422, check.error)
      if (!store.isOpen(id))
        throw new HttpError(409, 'this poll is closed')
      const seq = await store.vote(id, participant, check.answer)
      return json(res, 200, { ok: true, answer: check.answer, seq })
    }

    requirePresenter(req, url)
    requirePoll(id)
    if (verb === 'hide-word' || verb === 'show-word') {
      if (store.get(id)!.kind !== 'wordcloud')
        throw new HttpError(400, 'only word-cloud entries can be hidden')
      const body = await readJson(req)
      if (typeof body.text !== 'string' || !body.text.trim())
        throw new HttpError(400, 'text is missing')
      const seq = await store.setWordHidden(id, wordKey(body.text), verb === 'hide-word')
      return json(res, 200, { ok: true, seq })
    }
    if (!ACTIONS.has(verb as PresenterAction))
      throw new HttpError(404, `unknown action "${verb}"`)
    const refusal = store.refusal(id, verb as PresenterAction)
    if (refusal)
      throw new HttpError(409, refusal)
    const seq = await store.act(id, verb as PresenterAction)
    return json(res, 200, {
      ok: true,
      seq,
      poll: store.snapshot(id, { presenter: true }),
    })
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    route(req, res, url).then(
      handled => handled || next(),
      (error: unknown) => {
        if (error instanceof HttpError)
          return json(res, error.status, { error: error.message })
        console.error('[polls]', error)
        json(res, 500, { error: 'the poll server failed to store this; try again' })
      },
    )
  }
}

function allow(method: string, expected: string): void {
  if (method !== expected && !(expected === 'GET' && method === 'HEAD'))
    throw new HttpError(405, `use ${expected} here`)
}

export function json(res: ServerResponse, status: number, body: object | ErrorResponse): true {
  if (res.headersSent)
    return true
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
  return true
}

/** Reads a JSON object body of at most 4 KB; anything else is a 4xx. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES)
    throw tooLarge(req)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES)
      throw tooLarge(req)
    chunks.push(chunk as Buffer)
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  }
  catch {
    throw new HttpError(400, 'body must be JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'body must be a JSON object')
  return body as Record<string, unknown>
}

function tooLarge(req: IncomingMessage): HttpError {
  // Stop reading, but let the 413 reach the client before the socket goes.
  req.unpipe()
  req.resume()
  return new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`)
}
