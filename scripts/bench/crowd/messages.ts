/**
 * What the bench's main process and its phone-crowd processes say to each other over IPC.
 * Times are wall-clock milliseconds (`performance.timeOrigin + performance.now()`), so figures
 * taken in different processes on the same machine can be subtracted.
 */
import type { Target } from './raw-http.ts'

/** One simulated phone: the loopback address it connects from (its own, as on a classroom LAN). */
export interface PhoneSpec { address: string }

/** One request in a burst, sent by phone `phone` (its index in this crowd) with its cookie. */
export interface BurstRequest {
  phone: number
  method: 'GET' | 'POST'
  path: string
  body?: object
}

export type ToCrowd
  /** Load /join on a keep-alive connection (the id cookie), then follow the event stream if asked. */
  = | { type: 'join', target: Target, phones: PhoneSpec[], follow: boolean }
  /** Send every request at once: `warm` on each phone's /join connection, else on a new one each. */
    | { type: 'burst', requests: BurstRequest[], warm: boolean }
    | { type: 'close' }

export interface BurstResult {
  status: number
  body: string
  /** When the request's bytes were handed to the kernel. */
  sentAt: number
  /** When the whole response had arrived. */
  doneAt: number
}

export type FromCrowd
  = | { type: 'joined', cookies: string[] }
    | { type: 'burst-done', results: BurstResult[] }
    | { type: 'failed', message: string }

export function wallClock(): number {
  return performance.timeOrigin + performance.now()
}
