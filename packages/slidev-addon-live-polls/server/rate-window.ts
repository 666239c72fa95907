/**
 * Counts events per key in a sliding window, in bounded memory: keys whose events have all
 * expired are swept once a window, and past `maxKeys` the oldest key is forgotten (a forgotten
 * key starts again at zero, which errs toward letting a real participant through). A vote costs
 * one map lookup and one push: the guard sits on every vote of a 1,000-phone burst.
 */
export class RateWindow {
  private hits = new Map<string, number[]>()
  private lastSweep = 0

  constructor(readonly limit: number, readonly windowMs: number, readonly maxKeys = 10_000) {}

  /** Whether one more event for `key` stays within the limit. Counts nothing. */
  allows(key: string, now = Date.now()): boolean {
    const times = this.hits.get(key)
    return !times || this.trim(times, now) < this.limit
  }

  /** Counts one event for `key` (call it for events that were accepted). */
  record(key: string, now = Date.now()): void {
    const times = this.hits.get(key)
    if (times) {
      this.trim(times, now)
      times.push(now)
    }
    else {
      this.hits.set(key, [now])
      if (this.hits.size > this.maxKeys)
        this.hits.delete(this.hits.keys().next().value!)
    }
    if (now - this.lastSweep > this.windowMs)
      this.sweep(now)
  }

  get size(): number {
    return this.hits.size
  }

  /** Drops `times` older than the window; returns how many remain. */
  private trim(times: number[], now: number): number {
    let expired = 0
    while (expired < times.length && now - times[expired] >= this.windowMs)
      expired++
    if (expired)
      times.splice(0, expired)
    return times.length
  }

  private sweep(now: number): void {
    this.lastSweep = now
    for (const [key, times] of this.hits) {
      if (!times.length || now - times[times.length - 1] >= this.windowMs)
        this.hits.delete(key)
    }
  }
}
