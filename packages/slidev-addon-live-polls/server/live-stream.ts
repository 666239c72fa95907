/**
 * Server-Sent Events for the slide and /join. Presenters get every change at once; participants
 * get the same public snapshot, built once and throttled, so 1,000 phones do not cost 1,000
 * serialisations per vote. EventSource reconnects by itself, and each connection starts with a
 * full `hello`, so a dropped phone or a restarted server needs no special handling: which is also
 * why a phone that stops reading is simply dropped once its unsent bytes pass a cap.
 */
import type { ServerResponse } from 'node:http'
import type { RoomState, StreamEvents } from '../core/polls/protocol.ts'
import type { PollStore } from './poll-store.ts'
import type { AdmissionLimits, StreamRequester } from './stream-admission.ts'
import type { Pace } from './stream-pacing.ts'
import { StreamAdmission } from './stream-admission.ts'
import { Pacer } from './stream-pacing.ts'

interface Client {
  res: ServerResponse
  presenter: boolean
}

export interface StreamLimits extends AdmissionLimits {
  /** Unsent bytes one connection may hold before it is dropped. */
  maxBufferedBytes: number
  /** Presenters get at most one frame per this many ms (one display frame at 60 Hz; 0: one per change batch). */
  presenterFrameMs: number
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = {
  maxBufferedBytes: 256 * 1024,
  perParticipant: 3,
  anonymous: 500,
  perAddress: 8,
  perSubnet: 64,
  total: 2000,
  presenterFrameMs: 16,
}

/** Limits for a room of `roomSize`: every id's streams fit beside the anonymous share. */
export function streamLimitsFor(roomSize: number, given: Partial<StreamLimits> = {}): StreamLimits {
  const limits = { ...DEFAULT_STREAM_LIMITS, ...given }
  return given.total ? limits : { ...limits, total: Math.max(limits.total, roomSize * limits.perParticipant + limits.anonymous) }
}

export interface StreamView {
  presenter: boolean
  participant?: string
}

/**
 * Presenters see a change at once, then at most one frame per display frame (StreamLimits): a
 * burst of a thousand votes costs tens of frames, not hundreds. Phones only show a running count,
 * so their update waits until voting has been quiet for a moment (or a second has passed): writing
 * to every phone is the most expensive thing the server does, and it should not land mid-burst.
 */
const PARTICIPANT_PACE: Pace = { quietMs: 250, maxWaitMs: 1000 }
/** A room of phones joining at once costs presenters one frame a second, not one per phone. */
const PRESENCE_PACE: Pace = { maxWaitMs: 1000 }
const HEARTBEAT_MS = 15_000

export class LiveStream {
  private clients = new Set<Client>()
  private admission: StreamAdmission
  private current: string | null = null
  /** The presenter's slide (1-based), once the deck has reported one, and since when the deck reports. */
  currentSlide: number | null = null
  startedAt: string | null = null
  private presenterDirty = new Set<string>()
  private participantDirty = new Set<string>()
  private presenterPacer: Pacer
  private participantPacer = new Pacer(() => this.flush(this.participantDirty, false), PARTICIPANT_PACE)
  private presencePacer = new Pacer(() => this.broadcast(this.presenceFrame(), c => c.presenter), PRESENCE_PACE)
  /** The room's state for the presenter's presence frames (set by the poll server). */
  room: () => RoomState = () => ({ joined: 0, size: 0, refused: 0 })
  private heartbeat: NodeJS.Timeout
  private greetings: ((view: StreamView) => string)[] = []
  /** Connections dropped for not reading (for the terminal and the tests). */
  dropped = 0

  constructor(private store: PollStore, readonly limits: StreamLimits = DEFAULT_STREAM_LIMITS) {
    this.admission = new StreamAdmission(limits)
    this.presenterPacer = new Pacer(() => this.flush(this.presenterDirty, true), { gapMs: limits.presenterFrameMs })
    store.onChange(id => this.changed(id))
    this.heartbeat = setInterval(() => this.broadcast(': ping\n\n', () => true), HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  get size(): { presenters: number, participants: number } {
    let presenters = 0
    this.clients.forEach(c => presenters += c.presenter ? 1 : 0)
    return { presenters, participants: this.clients.size - presenters }
  }

  get currentPoll(): string | null {
    return this.current
  }

  /**
   * Opens the stream, or returns the sentence a refused one gets (a 429): see stream-admission.ts.
   * The stream is counted until its connection closes.
   */
  open(res: ServerResponse, view: StreamView, who: Omit<StreamRequester, 'presenter'>): string | null {
    const admitted = this.admission.admit({ ...who, presenter: view.presenter })
    if ('refused' in admitted)
      return admitted.refused
    res.on('close', admitted.release)
    this.connect(res, view)
    return null
  }

  /** Announces a change of the room to presenters (paced as presence). */
  roomChanged(): void {
    this.presencePacer.changed()
  }

  connect(res: ServerResponse, view: StreamView): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'Connection': 'keep-alive',
      'X-Accel-Buffering': 'no',
    })
    res.socket?.setNoDelay(true)
    const client: Client = { res, presenter: view.presenter }
    this.clients.add(client)
    res.on('close', () => {
      this.clients.delete(client)
      this.presencePacer.changed()
    })
    this.write(client, 'retry: 1000\n\n')
    this.write(client, format('hello', {
      polls: this.store.snapshots(view),
      current: this.current,
      seq: this.store.seq,
    }))
    for (const greet of this.greetings) {
      const frame = greet(view)
      if (frame)
        this.write(client, frame)
    }
    if (view.presenter)
      this.write(client, this.presenceFrame())
    else
      this.presencePacer.changed()
  }

  /** Another channel on this stream (questions): the frame each new connection starts with. */
  addGreeting(greet: (view: StreamView) => string): void {
    this.greetings.push(greet)
  }

  /** Writes a ready-made frame to every presenter, or to every participant page (slow readers dropped as for polls). */
  broadcastTo(presenter: boolean, frame: string): void {
    this.broadcast(frame, c => c.presenter === presenter)
  }

  setSlide(slide: number): void {
    this.currentSlide = slide
    this.startedAt ??= new Date().toISOString()
  }

  setCurrent(poll: string | null): void {
    if (poll === this.current)
      return
    this.current = poll
    this.broadcast(format('current', { current: poll }), () => true)
  }

  close(): void {
    clearInterval(this.heartbeat)
    this.presenterPacer.stop()
    this.participantPacer.stop()
    this.presencePacer.stop()
    this.clients.forEach(c => c.res.end())
    this.clients.clear()
  }

  private presenceFrame(): string {
    return format('presence', { participants: this.size.participants, room: this.room() })
  }

  private changed(id: string): void {
    this.presenterDirty.add(id)
    this.participantDirty.add(id)
    this.presenterPacer.changed()
    this.participantPacer.changed()
  }

  /** One frame per changed poll to one audience: presenters get tallies, participants what is revealed. */
  private flush(dirty: Set<string>, presenter: boolean): void {
    const ids = [...dirty]
    dirty.clear()
    const frames = ids.map(id => format('poll', {
      poll: this.store.snapshot(id, { presenter }),
      seq: this.store.seq,
    })).join('')
    this.broadcast(frames, c => c.presenter === presenter)
  }

  private broadcast(frame: string, to: (client: Client) => boolean): void {
    for (const client of this.clients) {
      if (to(client))
        this.write(client, frame)
    }
  }

  /** Writes, and drops a client whose unsent bytes pass the cap: it reconnects to a fresh `hello`. */
  private write(client: Client, frame: string): void {
    if (client.res.destroyed)
      return
    client.res.write(frame)
    if (client.res.writableLength > this.limits.maxBufferedBytes) {
      this.dropped++
      client.res.destroy()
    }
  }
}

export function format<E extends keyof StreamEvents>(event: E, data: StreamEvents[E]): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}
