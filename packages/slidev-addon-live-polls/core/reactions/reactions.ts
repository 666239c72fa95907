/**
 * Pace signals from the room: a few reactions, a per-participant cooldown, the presenter's gauge
 * over the last minute, and counts per slide. Nothing here remembers who reacted: the log and the
 * results hold slide, reaction and time only.
 */
import type { ReactionCounts } from '../polls/protocol.ts'
import type { ReactionRecord } from './records.ts'

export type { PaceSnapshot, ReactionCounts } from '../polls/protocol.ts'

/** The reactions, in the order of the phone's bar; each one's icon is in icons.ts. */
export const REACTIONS = [
  { id: 'like', label: 'Like it' },
  { id: 'lost', label: 'Lost me' },
  { id: 'slower', label: 'Slower' },
  { id: 'faster', label: 'Faster' },
] as const
export type ReactionId = typeof REACTIONS[number]['id']

/** One reaction per participant this often: enough to signal, too little to spam the gauge. */
export const REACTION_COOLDOWN_MS = 5_000
/** The presenter's gauge reads the last minute. */
export const PACE_WINDOW_MS = 60_000

export type { ReactionRecord } from './records.ts'

export function isReaction(id: unknown): id is ReactionId {
  return REACTIONS.some(r => r.id === id)
}

export function isReactionRecord(record: { type?: unknown }): record is ReactionRecord {
  return record.type === 'reaction' || record.type === 'reaction-settings'
}

export function emptyCounts(): ReactionCounts {
  return { like: 0, lost: 0, slower: 0, faster: 0 }
}

/** Milliseconds one key must still wait, and the clock of each key's last accepted action. */
export class Cooldown {
  private last = new Map<string, number>()

  constructor(private ms = REACTION_COOLDOWN_MS) {}

  /** 0 and records the action if allowed; otherwise how long to wait (nothing recorded). */
  take(key: string, now = Date.now()): number {
    const previous = this.last.get(key)
    if (previous !== undefined && now - previous < this.ms)
      return this.ms - (now - previous)
    this.last.set(key, now)
    // Keys whose cooldown ran out carry no information: drop them so memory follows the live room.
    if (this.last.size > 5_000) {
      for (const [k, t] of this.last) {
        if (now - t >= this.ms)
          this.last.delete(k)
      }
    }
    return 0
  }

  get size(): number {
    return this.last.size
  }
}

/** Reactions of the last minute, oldest first. */
export class PaceWindow {
  private events: { kind: ReactionId, at: number }[] = []

  constructor(private ms = PACE_WINDOW_MS) {}

  add(kind: ReactionId, at: number): void {
    this.events.push({ kind, at })
  }

  counts(now = Date.now()): ReactionCounts {
    const from = this.events.findIndex(e => now - e.at < this.ms)
    this.events = from < 0 ? [] : this.events.slice(from)
    const counts = emptyCounts()
    this.events.forEach(e => counts[e.kind]++)
    return counts
  }
}

/**
 * The gauge's needle, from -1 (the room asks to slow down or is lost) to +1 (asks to speed up);
 * null with no pace signal in the window.
 */
export function paceNeedle(counts: ReactionCounts): number | null {
  const slow = counts.slower + counts.lost
  const total = slow + counts.faster
  return total ? (counts.faster - slow) / total : null
}
