/** Caps how often one participant may vote, so one runaway phone cannot crowd out the room. */
export class FloodGuard {
  private hits = new Map<string, number[]>()

  constructor(private limit = 10, private windowMs = 10_000) {}

  allow(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter(t => now - t < this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    return true
  }
}
