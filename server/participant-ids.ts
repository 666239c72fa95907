/**
 * Participant ids are issued by the server, never made up by a client: `GET /join` sets a cookie
 * holding a random id and its HMAC under a secret of this run of the workshop, and a vote counts
 * only with a valid one. The secret lives in the results folder (mode 600), so a restarted server
 * still knows the phones it already met, and a fresh results folder starts a new room.
 */
import type { IncomingMessage } from 'node:http'
import { Buffer } from 'node:buffer'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PARTICIPANT_COOKIE } from '../lib/polls/protocol.ts'

/** New ids per client address per minute: a phone reloading is fine, a script inventing voters is not. */
export const DEFAULT_NEW_PARTICIPANTS_PER_MINUTE = 30

const ID_BYTES = 12
const SIGNATURE_CHARS = 22

/** Cookies already checked, so a vote does not cost an HMAC each time (bounded: oldest forgotten first). */
const VERIFIED_CACHE = 4096

export class ParticipantIds {
  private verified = new Map<string, string>()

  constructor(private secret: Buffer) {}

  /** The run's secret from `resultsDir`, made on first use. */
  static inFolder(resultsDir: string): ParticipantIds {
    const path = join(resultsDir, 'participant-secret')
    if (!existsSync(path)) {
      mkdirSync(resultsDir, { recursive: true })
      writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' })
    }
    return new ParticipantIds(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url'))
  }

  /** A new signed id: the cookie value. */
  issue(): string {
    const id = `p-${randomBytes(ID_BYTES).toString('base64url')}`
    return `${id}.${this.sign(id)}`
  }

  /** The id in a signed cookie value, or null when it is missing, malformed or not ours. */
  verify(value: string | undefined): string | null {
    const known = value && this.verified.get(value)
    if (known)
      return known
    const dot = value?.lastIndexOf('.') ?? -1
    if (!value || dot < 1)
      return null
    const id = value.slice(0, dot)
    const given = Buffer.from(value.slice(dot + 1))
    const expected = Buffer.from(this.sign(id))
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return null
    this.verified.set(value, id)
    if (this.verified.size > VERIFIED_CACHE)
      this.verified.delete(this.verified.keys().next().value!)
    return id
  }

  /** The participant a request speaks for, from its cookie. */
  fromRequest(req: IncomingMessage): string | null {
    return this.verify(readCookie(req, PARTICIPANT_COOKIE))
  }

  setCookie(value: string): string {
    // HttpOnly: page scripts never need it; SameSite=Strict: other sites cannot vote in its name.
    return `${PARTICIPANT_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400`
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url').slice(0, SIGNATURE_CHARS)
  }
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return part.slice(eq + 1).trim()
  }
  return undefined
}
