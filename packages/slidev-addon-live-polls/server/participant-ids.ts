/**
 * Participant ids are issued by the server, never made up by a client: `GET /join` sets a cookie
 * holding a random id and its HMAC under a secret of this run of the workshop, and a vote counts
 * only with a valid one. The secret lives in the results folder (mode 600), so a restarted server
 * still knows the phones it already met, and a fresh results folder starts a new room.
 */
import type { IncomingMessage } from 'node:http'
import { Buffer } from 'node:buffer'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { PARTICIPANT_COOKIE } from '../core/polls/protocol.ts'
import { CommandError } from '../node/cli/fail.ts'
import { diskHint, displayPath, SECRET_FILE } from './results-dir.ts'

/** New ids per client address per minute: a phone reloading is fine, a script inventing voters is not. */
export const DEFAULT_NEW_PARTICIPANTS_PER_MINUTE = 30

const ID_BYTES = 12
const SECRET_BYTES = 32
const SECRET_CHARS = 43
const SIGNATURE_CHARS = 22

/** Cookies already checked, so a vote does not cost an HMAC each time (bounded: oldest forgotten first). */
const VERIFIED_CACHE = 4096

export class ParticipantIds {
  private verified = new Map<string, string>()

  constructor(private secret: Buffer) {}

  /**
   * The run's secret from `resultsDir`, made on first use. It is written to a temporary file,
   * synced and renamed into place, so a crash or a full disk never leaves a short secret behind;
   * a secret of any other length than ours is refused (an empty key would sign anything).
   */
  static inFolder(resultsDir: string): ParticipantIds {
    const path = secretPath(resultsDir)
    if (!existsSync(path))
      writeSecret(resultsDir)
    const text = readFileSync(path, 'utf8').trim()
    const secret = Buffer.from(text, 'base64url')
    if (secret.length !== SECRET_BYTES || secret.toString('base64url') !== text)
      throw new SecretError(`The participant key ${displayPath(path)} is damaged (${Buffer.byteLength(text)} characters, ${SECRET_CHARS} expected): start with --fresh to make a new one (phones then join again).`)
    return new ParticipantIds(secret)
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
    // HttpOnly: page scripts never need it. SameSite=Lax: other sites' requests do not carry it
    // (and the gate refuses their writes anyway), but a phone following the join link from a chat
    // app keeps its id instead of taking a second place in the room.
    return `${PARTICIPANT_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=86400`
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url').slice(0, SIGNATURE_CHARS)
  }
}

/** The key that signs this results folder's participant ids. */
export function secretPath(resultsDir: string): string {
  return join(resultsDir, SECRET_FILE)
}

/** The participant key cannot be used; the message is one sentence naming the file and the fix. */
export class SecretError extends CommandError {
  override name = 'SecretError'
}

/** Makes a new key (replacing any old one): every id signed with the old key stops counting. */
export function writeSecret(resultsDir: string): void {
  mkdirSync(resultsDir, { recursive: true })
  const path = secretPath(resultsDir)
  const temporary = `${path}.${process.pid}.tmp`
  try {
    const fd = openSync(temporary, 'w', 0o600)
    try {
      writeFileSync(fd, randomBytes(SECRET_BYTES).toString('base64url'))
      fsyncSync(fd)
    }
    finally {
      closeSync(fd)
    }
    renameSync(temporary, path)
    syncFolder(resultsDir)
  }
  catch (error) {
    rmSync(temporary, { force: true })
    throw new SecretError(`Cannot write the participant key ${displayPath(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): ${diskHint(error)}`)
  }
}

/** The rename is durable only once the folder's entry is on disk too. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  }
  finally {
    closeSync(fd)
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
