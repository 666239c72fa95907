/**
 * The presenter's token: random per server start, or PRESENTER_TOKEN from the environment (for
 * automation). It only ever appears in the presenter URL printed on the terminal.
 */
import type { IncomingMessage } from 'node:http'
import { Buffer } from 'node:buffer'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import process from 'node:process'

export function presenterToken(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.PRESENTER_TOKEN?.trim()
  return given || randomBytes(18).toString('base64url')
}

/** The token a request carries: `Authorization: Bearer …`, or `?token=` (EventSource cannot set headers). */
export function requestToken(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization
  if (header?.startsWith('Bearer '))
    return header.slice(7).trim()
  return url.searchParams.get('token') ?? undefined
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given)
    return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
