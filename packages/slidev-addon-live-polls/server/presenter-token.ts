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

/**
 * The token in `Authorization: Bearer …`. A query-string token is only read for the presenter's
 * event stream (EventSource cannot set headers), by the route that needs it: URLs end up in
 * histories and logs, headers do not.
 */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  return header?.startsWith('Bearer ')
    ? header.slice(7).trim()
    : undefined
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given)
    return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
