/**
 * Server-Sent Events for the slide and /join. Presenters get every change at once; participants
 * get the same public snapshot, built once and throttled, so 1,000 phones do not cost 1,000
 * serialisations per vote. EventSource reconnects by itself, and each connection starts with a
 * full `hello`, so a dropped phone or a restarted server needs no special handling.
 */
import type { ServerResponse } from 'node:http'
import type { StreamEvents } from '../lib/polls/protocol.ts'
import type { PollStore } from './poll-store.ts'

interface Client {
  res: ServerResponse
  presenter: boolean
}

export interface StreamView {
  presenter: boolean
  participant?: string
}

/** Participants see vote counts move at most this often; presenters see every batch. */
const PARTICIPANT_INTERVAL_MS = 250
const HEARTBEAT_MS = 15_000

export class LiveStream {
  private clients = new Set<Client>()
  private current: string | null = null
  /** The presenter's slide (1-based), once the deck has reported one, and since when the deck reports. */
  currentSlide: number | null = null
  startedAt: string | null = null
  private presenterDirty = new Set<string>()
  private participantDirty = new Set<string>()
  private presenterTimer: NodeJS.Immediate | undefined
  private participantTimer: NodeJS.Timeout | undefined
  private presenceTimer: NodeJS.Timeout | undefined
  private heartbeat: NodeJS.Timeout
  private greetings: ((view: StreamView) => string)[] = []

  constructor(private store: PollStore) {
    store.onChange(id => this.changed(id))
    this.heartbeat = setInterval(() => this.clients.forEach(c => c.res.write(': ping\n\n')), HEARTBEAT_MS)
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
      this.presenceChanged()
    })
    res.write('retry: 1000\n\n')
    this.send(res, 'hello', {
      polls: this.store.snapshots(view),
      current: this.current,
      seq: this.store.seq,
    })
    this.greetings.forEach(greet => res.write(greet(view)))
    if (view.presenter)
      this.send(res, 'presence', { participants: this.size.participants })
    else
      this.presenceChanged()
  }

  /** Another channel on this stream (questions): the frame each new connection starts with. */
  addGreeting(greet: (view: StreamView) => string): void {
    this.greetings.push(greet)
  }

  /** Writes a ready-made frame to every presenter, or to every participant page. */
  broadcast(frame: string, presenter: boolean): void {
    this.clients.forEach(c => c.presenter === presenter && c.res.write(frame))
  }

  setSlide(slide: number): void {
    this.currentSlide = slide
    this.startedAt ??= new Date().toISOString()
  }

  setCurrent(poll: string | null): void {
    if (poll === this.current)
      return
    this.current = poll
    const frame = format('current', { current: poll })
    this.clients.forEach(c => c.res.write(frame))
  }

  close(): void {
    clearInterval(this.heartbeat)
    clearTimeout(this.participantTimer)
    clearTimeout(this.presenceTimer)
    this.clients.forEach(c => c.res.end())
    this.clients.clear()
  }

  private changed(id: string): void {
    this.presenterDirty.add(id)
    this.participantDirty.add(id)
    // setImmediate gathers every vote of one fsync batch into one frame per poll.
    this.presenterTimer ??= setImmediate(() => {
      this.presenterTimer = undefined
      this.flush(this.presenterDirty, true)
    })
    this.participantTimer ??= setTimeout(() => {
      this.participantTimer = undefined
      this.flush(this.participantDirty, false)
    }, PARTICIPANT_INTERVAL_MS)
  }

  /** A room of phones joining at once costs presenters one frame a second, not one per phone. */
  private presenceChanged(): void {
    this.presenceTimer ??= setTimeout(() => {
      this.presenceTimer = undefined
      const frame = format('presence', { participants: this.size.participants })
      this.clients.forEach(c => c.presenter && c.res.write(frame))
    }, 1000)
  }

  /** One frame per changed poll to one audience: presenters get tallies, participants what is revealed. */
  private flush(dirty: Set<string>, presenter: boolean): void {
    const ids = [...dirty]
    dirty.clear()
    const frames = ids.map(id => format('poll', {
      poll: this.store.snapshot(id, { presenter }),
      seq: this.store.seq,
    })).join('')
    this.clients.forEach(c => c.presenter === presenter && c.res.write(frames))
  }

  private send<E extends keyof StreamEvents>(res: ServerResponse, event: E, data: StreamEvents[E]): void {
    res.write(format(event, data))
  }
}

export function format<E extends keyof StreamEvents>(event: E, data: StreamEvents[E]): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}
