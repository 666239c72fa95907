/**
 * The room: the participant ids this session has let in, at most the room size the facilitator
 * states (`--room-size`). Signed ids cannot be forged, but they can be fetched: one laptop with many
 * addresses could otherwise take a thousand ids and vote, ask and react as a crowd. Every id let in
 * is a `join` record in the log (durable before the phone gets its cookie, replayed at start), so
 * a restart knows the room; past the size, new ids are refused whichever address asks, and the
 * presenter is told how many were turned away.
 */
import type { RoomState } from '../core/polls/protocol.ts'
import type { AppendLog } from './append-log.ts'
import type { SetAside } from './replay-report.ts'

/** The largest room the README plans for: a lecture hall of phones. */
export const DEFAULT_ROOM_SIZE = 300

export interface JoinRecord { type: 'join', participant: string, at: string }

export function isJoinRecord(record: { type?: unknown }): record is JoinRecord {
  return record.type === 'join' && typeof (record as { participant?: unknown }).participant === 'string'
}

export class Room {
  private members = new Set<string>()
  /** Let in, not yet on disk: counted, so a burst of joins cannot overshoot the size. */
  private arriving = new Set<string>()
  private listeners = new Set<(state: RoomState) => void>()
  /** Ids refused since start because the room was full. */
  refused = 0

  /** Join records the replay did not apply. */
  readonly setAside: SetAside[] = []

  constructor(private log: AppendLog, readonly size: number) {
    const { records, lines } = log.startup
    records.forEach((record, i) => {
      if (isJoinRecord(record))
        this.members.add(record.participant)
      else if (record.type === 'join')
        this.setAside.push({ line: lines[i], reason: 'a join record without a participant' })
    })
  }

  get joined(): number {
    return this.members.size + this.arriving.size
  }

  get full(): boolean {
    return this.joined >= this.size
  }

  has(participant: string): boolean {
    return this.members.has(participant)
  }

  state(): RoomState {
    return { joined: this.joined, size: this.size, refused: this.refused }
  }

  onChange(listener: (state: RoomState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Lets an id in once it is on disk; false (counted as refused) when the room is full. An id
   * already in is let in at once.
   */
  async admit(participant: string): Promise<boolean> {
    if (this.members.has(participant))
      return true
    if (this.full) {
      this.refused++
      this.changed()
      return false
    }
    this.arriving.add(participant)
    try {
      await this.log.append({ type: 'join', participant, at: new Date().toISOString() } satisfies JoinRecord)
      this.members.add(participant)
    }
    finally {
      this.arriving.delete(participant)
    }
    this.changed()
    return true
  }

  private changed(): void {
    const state = this.state()
    this.listeners.forEach(listener => listener(state))
  }
}

/** The sentence a phone gets when the room is full (the terminal tells the facilitator what to do). */
export function roomFullMessage(room: Room): string {
  return `this session is full: all ${room.size} places are taken. Please tell the facilitator, who can make room for more.`
}
