/**
 * When a live-stream channel sends after a change. Every channel batches: a burst of votes,
 * upvotes or joins costs a few frames, not one per event. Three knobs cover them all:
 *   - `gapMs`: at least this long between two sends (a presenter's display frame);
 *   - `maxWaitMs`: send at the latest this long after the first change not yet sent;
 *   - `quietMs`: or sooner, once no change has come for this long (phones after a burst).
 * With none of them, a send follows on the next turn of the event loop, after the changes of one
 * fsync batch have all been applied.
 */
export interface Pace {
  gapMs?: number
  maxWaitMs?: number
  quietMs?: number
}

export class Pacer {
  private pending: { cancel: () => void } | undefined
  private firstChange = 0
  private lastChange = 0
  private lastSend = Number.NEGATIVE_INFINITY

  constructor(private send: () => void, private pace: Pace = {}) {}

  changed(): void {
    const now = performance.now()
    this.lastChange = now
    if (this.pending)
      return
    this.firstChange = now
    this.schedule(now)
  }

  stop(): void {
    this.pending?.cancel()
    this.pending = undefined
  }

  /** When the changes so far count as settled: quiet long enough, or waited long enough. */
  private settledAt(): number {
    const { maxWaitMs = 0, quietMs = Number.POSITIVE_INFINITY } = this.pace
    return Math.min(this.lastChange + quietMs, this.firstChange + maxWaitMs)
  }

  private schedule(now: number): void {
    const wait = Math.max(this.settledAt(), this.lastSend + (this.pace.gapMs ?? 0)) - now
    if (wait > 0) {
      const timer = setTimeout(() => this.due(), wait)
      this.pending = { cancel: () => clearTimeout(timer) }
    }
    else {
      const immediate = setImmediate(() => this.due())
      this.pending = { cancel: () => clearImmediate(immediate) }
    }
  }

  private due(): void {
    const now = performance.now()
    // A change came while waiting for quiet: wait again, within maxWaitMs.
    if (this.settledAt() > now)
      return this.schedule(now)
    this.pending = undefined
    this.lastSend = now
    this.send()
  }
}
