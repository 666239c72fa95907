/**
 * Counts events per key in a sliding window, in bounded memory: keys whose events have all
 * expired are swept, and past `maxKeys` the least recently used key is forgotten (a forgotten
 * key starts again at zero, which errs toward letting a real participant through).
 */
export class RateWindow {
  private hits = new Map<string, number[]>()
  private lastSweep = 0

  constructor(readonly limit: number, readonly windowMs: number, readonly maxKeys = 10_000) {}

  /** Whether one more event for `key` stays within the limit. Counts nothing. */
  allows(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length < this.limit
  }

  /** Counts one event for `key` (call it for events that were accepted). */
  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now)
    recent.push(now)
    // Delete and set again: the map's order is then least recently used first.
    this.hits.delete(key)
    this.hits.set(key, recent)
    if (this.hits.size > this.maxKeys)
      this.hits.delete(this.hits.keys().next().value!)
    if (now - this.lastSweep > this.windowMs)
      this.sweep(now)
  }

  get size(): number {
    return this.hits.size
  }

  private recent(key: string, now: number): number[] {
    const times = this.hits.get(key)
    if (!times)
      return []
    while (times.length && now - times[0] >= this.windowMs)
      times.shift()
    return times
  }

  private sweep(now: number): void {
    this.lastSweep = now
    for (const [key, times] of this.hits) {
      if (!times.length || now - times[times.length - 1] >= this.windowMs)
        this.hits.delete(key)
    }
  }
}
