/**
 * The poll HTTP contract (README "Live polls") as a route table that both the Slidev dev server
 * (Vite middleware) and the standalone server mount. Each route says who may call it: anyone on
 * the network (the participant API) or the presenter, with the token in the Authorization header.
 * The questions, reactions and remote channels add their routes to the same table (`routes`).
 * Anything outside /api, /join and /remote is passed to `next`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ErrorResponse, PollSnapshot, PresenterAction, ServerInfo, VoteResponse } from '../core/polls/protocol.ts'
import type { LiveStream } from './live-stream.ts'
import type { ParticipantIds } from './participant-ids.ts'
import type { PollStore } from './poll-store.ts'
import type { Room } from './room.ts'
import { Buffer } from 'node:buffer'
import { checkAnswer, wordKey } from '../core/polls/answer.ts'
import { MAX_BODY_BYTES, PRESENTER_ACTIONS } from '../core/polls/protocol.ts'
import { clientAddress } from './network.ts'
import { bearerToken, tokenMatches } from './presenter-token.ts'
import { RateWindow } from './rate-window.ts'
import { refuse } from './refusal.ts'
import { resultsCsv, resultsJson } from './results-export.ts'
import { roomFullMessage } from './room.ts'

export type Next = (error?: unknown) => void
export type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void

export interface ApiOptions {
  store: PollStore
  stream: LiveStream
  token: string
  ids: ParticipantIds
  /** The ids let in this session, up to the room size. */
  room: Room
  /** Requests from the presenter's machine are not held to the per-address caps. */
  isPresenterMachine: (req: IncomingMessage) => boolean
  /** New participant ids one address may get per minute (a room behind one NAT needs more). */
  newParticipantsPerMinute: number
  /** Join URLs for the QR code, resolved once the server listens. */
  info: () => ServerInfo
  /** Serves GET /join with the current state inlined. */
  joinPage: (req: IncomingMessage, res: ServerResponse, version: string, state: () => object, headers: Record<string, string>) => void
  /** The other channels' routes (questions, reactions, the remote), checked after the poll routes. */
  routes?: Route[]
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface Context {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** The route's captured path segments, percent-decoded. */
  params: string[]
  presenter: boolean
  /** The signed participant id from the request's cookie, if valid and let into the room. */
  participant: string | undefined
  /** Why a valid id was not let in: the room was full (the sentence to answer with). */
  roomFull?: string
}

export interface Route {
  method: 'GET' | 'POST'
  path: string | RegExp
  /** `participant`: anyone who can reach the server; `presenter`: the token is required. */
  auth: 'participant' | 'presenter'
  /**
   * EventSource cannot send headers: only the presenter's event stream takes `?token=`, and only
   * from the presenter's machine (the phone remote polls with the header instead).
   */
  tokenInQuery?: boolean
  handle: (ctx: Context) => Promise<void> | void
}

const POLL_ACTION = /^\/api\/polls\/[^/]+\/([a-z0-9-]+)$/

export function createApiHandler(options: ApiOptions): Handler {
  const { store, stream, ids, room } = options
  // Only accepted votes count; the window's memory is bounded (expiry and a cap on keys).
  const flood = new RateWindow(10, 10_000)
  const newIds = new RateWindow(options.newParticipantsPerMinute, 60_000)

  function poll(id: string) {
    const found = store.get(id)
    if (!found)
      throw new HttpError(404, `unknown poll "${id.slice(0, 48)}"`)
    return found
  }

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/join',
      auth: 'participant',
      handle: async ({ req, res, participant }) => {
        const headers: Record<string, string> = {}
        if (!participant) {
          const address = clientAddress(req)
          const capped = !options.isPresenterMachine(req)
          if (capped && !newIds.allows(address))
            throw new HttpError(429, `too many new participants from ${address} in the last minute; if the whole room shares one address, restart with a higher --new-participants-per-minute`)
          const cookie = ids.issue()
          if (!await room.admit(ids.verify(cookie)!))
            return refuse(res, { status: 503, title: 'The session is full', text: capitalise(roomFullMessage(room)) }, { json: false, joinLink: false })
          if (capped)
            newIds.record(address)
          headers['Set-Cookie'] = ids.setCookie(cookie)
        }
        options.joinPage(req, res, `${store.seq}|${stream.currentPoll}`, () => ({
          polls: store.snapshots({ presenter: false }),
          current: stream.currentPoll,
          seq: store.seq,
        }), headers)
      },
    },
    {
      method: 'GET',
      path: '/api/info',
      auth: 'participant',
      handle: ({ res }) => json(res, 200, options.info()),
    },
    {
      method: 'GET',
      path: '/api/polls',
      auth: 'participant',
      handle: ({ res, presenter, participant }) => json(res, 200, {
        polls: store.snapshots({ presenter, participant }),
        current: stream.currentPoll,
        seq: store.seq,
      }),
    },
    {
      method: 'GET',
      path: '/api/stream',
      auth: 'participant',
      tokenInQuery: true,
      handle: ({ req, res, presenter, participant }) => {
        const refused = stream.open(res, { presenter, participant }, {
          address: clientAddress(req),
          presenterMachine: options.isPresenterMachine(req),
          participant,
        })
        if (refused)
          throw new HttpError(429, refused)
      },
    },
    {
      method: 'POST',
      path: /^\/api\/polls\/([^/]+)\/votes$/,
      auth: 'participant',
      handle: async (ctx) => {
        const { req, res, params: [id] } = ctx
        const declared = poll(id)
        const participant = requireParticipant(ctx, 'vote')
        if (!flood.allows(participant))
          throw new HttpError(429, 'too many votes from this participant: wait a few seconds')
        const body = await readJson(req)
        if (!('answer' in body))
          throw new HttpError(400, 'answer is missing')
        const check = checkAnswer(declared, body.answer)
        if (!check.ok)
          throw new HttpError(422, check.error)
        if (!store.isOpen(id))
          throw new HttpError(409, 'this poll is closed')
        const seq = await store.vote(id, participant, check.answer)
        flood.record(participant)
        json(res, 200, { ok: true, answer: check.answer, seq } satisfies VoteResponse)
      },
    },
    {
      method: 'POST',
      path: '/api/current',
      auth: 'presenter',
      handle: async ({ req, res }) => {
        const { slide } = await readJson(req)
        if (!Number.isInteger(slide) || (slide as number) < 1)
          throw new HttpError(400, 'slide must be a slide number (1 or more)')
        const current = store.onSlide(slide as number)
        stream.setSlide(slide as number)
        stream.setCurrent(current)
        json(res, 200, { ok: true, current })
      },
    },
    {
      method: 'GET',
      path: '/api/results',
      auth: 'presenter',
      handle: ({ res }) => json(res, 200, resultsJson(store, room.state())),
    },
    {
      method: 'GET',
      path: '/api/results.csv',
      auth: 'presenter',
      handle: ({ res }) => {
        res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="poll-results.csv"' })
        res.end(resultsCsv(store))
      },
    },
    {
      method: 'POST',
      path: /^\/api\/polls\/([^/]+)\/(hide-word|show-word)$/,
      auth: 'presenter',
      handle: async ({ req, res, params: [id, verb] }) => {
        if (poll(id).kind !== 'wordcloud')
          throw new HttpError(400, 'only word-cloud entries can be hidden')
        const { text } = await readJson(req)
        if (typeof text !== 'string' || !wordKey(text))
          throw new HttpError(400, 'text is missing')
        const seq = await store.setWordHidden(id, wordKey(text), verb === 'hide-word')
        json(res, 200, { ok: true, seq })
      },
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/polls/([^/]+)/(${PRESENTER_ACTIONS.join('|')})$`),
      auth: 'presenter',
      handle: async ({ res, params: [id, action] }) => json(res, 200, await pollAction(store, id, action as PresenterAction)),
    },
    ...options.routes ?? [],
  ]

  function dispatch(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void {
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const method = req.method === 'HEAD' ? 'GET' : req.method
    // The route for this method first (every vote goes through here); the others only to say 404 or 405.
    const found = findRoute(path, route => route.method === method)
    if (!found) {
      const allowed = routes.filter(route => matchPath(route.path, path)).map(route => route.method)
      if (!allowed.length) {
        if (POLL_ACTION.test(path))
          throw new HttpError(404, `unknown action "${POLL_ACTION.exec(path)![1]}"`)
        throw new HttpError(404, `no such endpoint: ${req.method} ${path.slice(0, 80)}`)
      }
      res.setHeader('Allow', [...new Set(allowed.map(m => m === 'GET' ? 'GET, HEAD' : m))].join(', '))
      throw new HttpError(405, `use ${allowed.join(' or ')} here`)
    }
    const { route, params } = found
    const inQuery = route.tokenInQuery && options.isPresenterMachine(req)
    const given = bearerToken(req) ?? (inQuery ? url.searchParams.get('token') ?? undefined : undefined)
    const tokenGiven = tokenMatches(options.token, given)
    // As the access gate: from another address the token opens the remote's API and nothing else.
    // Elsewhere that request is a participant's: a phone holding the token sees no hidden tally
    // (GET /api/reactions shares its path with the phones' POST, so the gate alone cannot tell).
    const presenter = tokenGiven && (options.isPresenterMachine(req) || isRemoteApiPath(path))
    if (route.auth === 'presenter' && !presenter) {
      throw new HttpError(403, tokenGiven
        ? 'this answers on the presenter\'s machine only (the phone remote uses /api/remote)'
        : 'presenter token required (Authorization: Bearer <token>)')
    }
    const participant = ids.fromRequest(req) ?? undefined
    const context: Context = { req, res, url, params, presenter, participant }
    if (!participant || room.has(participant))
      return route.handle(context)
    // A valid id the log does not know (the log was moved or lost): it takes a place if one is left.
    return room.admit(participant).then(admitted => route.handle(admitted ? context : { ...context, participant: undefined, roomFull: roomFullMessage(room) }))
  }

  function findRoute(path: string, accept: (route: Route) => boolean): { route: Route, params: string[] } | undefined {
    for (const route of routes) {
      if (!accept(route))
        continue
      const params = matchPath(route.path, path)
      if (params)
        return { route, params }
    }
    return undefined
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!isApiPath(url.pathname))
      return next()
    Promise.resolve().then(() => dispatch(req, res, url)).catch((error: unknown) => {
      if (error instanceof HttpError)
        return json(res, error.status, { error: error.message })
      console.error('[polls]', error instanceof Error ? error.message : error)
      json(res, 500, { error: 'the poll server failed to store this; try again' })
    })
  }
}

/** A presenter action on a poll (from the slide or the phone remote): 404 unknown poll, 409 refused. */
export async function pollAction(store: PollStore, id: string, action: PresenterAction): Promise<{ ok: true, seq: number, poll: PollSnapshot }> {
  if (!store.get(id))
    throw new HttpError(404, `unknown poll "${id.slice(0, 48)}"`)
  const refusal = store.refusal(id, action)
  if (refusal)
    throw new HttpError(409, refusal)
  const seq = await store.act(id, action)
  return { ok: true, seq, poll: store.snapshot(id, { presenter: true }) }
}

/** The phone remote's API: the one presenter API another address may reach, with the token in the header. */
export function isRemoteApiPath(pathname: string): boolean {
  return pathname === '/api/remote' || pathname.startsWith('/api/remote/')
}

/** Paths the poll API owns: /join, /remote and everything under /api. */
export function isApiPath(pathname: string): boolean {
  return /^\/(?:join|remote)\/?$/.test(pathname) || pathname === '/api' || pathname.startsWith('/api/')
}

/**
 * Paths a participant's phone needs (any method: the API itself answers a wrong one with 405, and
 * a presenter-only method on them with 403). /remote is the page only: its API needs the token.
 * The phone pages' typeface is served under /api/fonts/ (server/phone-font.ts).
 */
export function isParticipantPath(pathname: string): boolean {
  return /^\/(?:join|remote)\/?$/.test(pathname)
    || /^\/api\/fonts\/[\w-]+\.woff2$/.test(pathname)
    || /^\/api\/(?:info|polls|stream|questions|reactions)\/?$/.test(pathname)
    || /^\/api\/polls\/[^/]+\/votes\/?$/.test(pathname)
    || /^\/api\/questions\/[^/]+\/votes\/?$/.test(pathname)
}

/** The participant id a participant route needs: a 401 without a valid one. */
export function requireParticipant(ctx: Context, doing: string): string {
  if (ctx.roomFull)
    throw new HttpError(403, ctx.roomFull)
  if (!ctx.participant)
    throw new HttpError(401, `no participant id: open /join on this device (it gives one), then ${doing}`)
  return ctx.participant
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function matchPath(pattern: string | RegExp, path: string): string[] | null {
  if (typeof pattern === 'string')
    return pattern === path ? [] : null
  const match = pattern.exec(path)
  if (!match)
    return null
  try {
    return match.slice(1).map(decodeURIComponent)
  }
  catch {
    throw new HttpError(400, 'bad percent-encoding in the path')
  }
}

export function json(res: ServerResponse, status: number, body: object | ErrorResponse): void {
  if (res.headersSent)
    return
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

/** Reads a JSON object body of at most 4 KB; anything else is a 4xx. */
export function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES)
    return Promise.reject(tooLarge(req))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData)
        reject(tooLarge(req))
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.once('error', reject)
    req.once('end', () => {
      let body: unknown
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      }
      catch {
        return reject(new HttpError(400, 'body must be JSON'))
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return reject(new HttpError(400, 'body must be a JSON object'))
      resolve(body as Record<string, unknown>)
    })
  })
}

function tooLarge(req: IncomingMessage): HttpError {
  // Stop reading, but let the 413 reach the client before the socket goes.
  req.unpipe()
  req.resume()
  return new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`)
}
