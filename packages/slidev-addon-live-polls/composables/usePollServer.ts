import type { ShallowRef } from 'vue'
/**
 * One shared connection from the deck to the poll server: finds out whether there is a server at
 * all (a static host has none), follows the live stream, and sends the presenter's actions.
 * Every <Poll> on the page (slide, presenter view, next-slide preview) shares it.
 */
import type { PollSnapshot, PresenterAction, RoomState, ServerInfo, StreamEvents } from '../core/polls/protocol'
import { shallowRef } from 'vue'
import { presenterToken } from './usePresenterToken'

export type PollServerStatus = 'checking' | 'online' | 'reconnecting' | 'offline'

export interface UsePollServerReturn {
  /** 'offline' when the deck is served without a poll server (static host, plain `slidev build`). */
  status: Readonly<ShallowRef<PollServerStatus>>
  info: Readonly<ShallowRef<ServerInfo | null>>
  /** Participant pages connected now (presenter's machine only; null elsewhere). */
  participants: Readonly<ShallowRef<number | null>>
  /** How full the session is: ids let in against the room size (presenter's machine only; null elsewhere). */
  room: Readonly<ShallowRef<RoomState | null>>
  /** Latest snapshot per poll id. */
  polls: Readonly<ShallowRef<Record<string, PollSnapshot>>>
  /** True on the presenter's machine (it holds the token). */
  isPresenter: boolean
  /** True in Slidev's print/export view: a still page, no QR code or controls. */
  printing: boolean
  act: (id: string, action: PresenterAction) => Promise<string | null>
  setWordHidden: (id: string, text: string, hidden: boolean) => Promise<string | null>
}

const status = shallowRef<PollServerStatus>('checking')
const info = shallowRef<ServerInfo | null>(null)
const polls = shallowRef<Record<string, PollSnapshot>>({})
const participants = shallowRef<number | null>(null)
const room = shallowRef<RoomState | null>(null)
let started = false
let token: string | null = null
let source: EventSource | null = null
const channels: [string, (data: never) => void][] = []

/** Another channel on the same stream (questions): the deck keeps one connection to the server. */
export function onStreamEvent<E extends keyof StreamEvents>(event: E, handler: (data: StreamEvents[E]) => void): void {
  channels.push([event, handler])
  source?.addEventListener(event, e => handler(JSON.parse((e as MessageEvent<string>).data) as StreamEvents[E]))
}

function merge(list: PollSnapshot[]): void {
  const next = { ...polls.value }
  list.forEach(p => next[p.id] = p)
  polls.value = next
}

async function probe(): Promise<ServerInfo | null> {
  try {
    const res = await fetch('/api/info', {
      headers: { Accept: 'application/json' },
    })
    // A static host answers the SPA fallback (HTML) or a 404: both mean "no poll server".
    if (!res.ok || !res.headers.get('content-type')?.includes('application/json'))
      return null
    const body = await res.json() as ServerInfo
    return body.polls === true
      ? body
      : null
  }
  catch {
    return null
  }
}

async function start(live: boolean): Promise<void> {
  token = presenterToken()
  const found = await probe()
  if (!found) {
    status.value = 'offline'
    return
  }
  info.value = found
  if (!live) {
    // PDF export: one snapshot, no stream (an open stream would keep the exporter waiting).
    const res = await fetch('/api/polls', { headers: token ? { Authorization: `Bearer ${token}` } : {} })
    merge((await res.json() as { polls: PollSnapshot[] }).polls)
    status.value = 'online'
    return
  }
  // EventSource cannot send headers: the presenter's stream is the one place the token rides in the URL.
  source = new EventSource(token ? `/api/stream?token=${encodeURIComponent(token)}` : '/api/stream')
  for (const [event, handler] of channels)
    source.addEventListener(event, e => handler(JSON.parse((e as MessageEvent<string>).data) as never))
  source.addEventListener('hello', (event) => {
    const data = JSON.parse((event as MessageEvent<string>).data) as StreamEvents['hello']
    polls.value = {}
    merge(data.polls)
    status.value = 'online'
    reportSlide(window.location.pathname)
  })
  source.addEventListener('presence', (event) => {
    const presence = JSON.parse((event as MessageEvent<string>).data) as StreamEvents['presence']
    participants.value = presence.participants
    room.value = presence.room
  })
  source.addEventListener('poll', (event) => {
    merge([(JSON.parse((event as MessageEvent<string>).data) as StreamEvents['poll']).poll])
  })
  source.addEventListener('error', () => {
    status.value = 'reconnecting'
  })
}

/** A presenter request with the token; resolves to the server's error message, or null. */
export async function post(path: string, body?: object): Promise<string | null> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'Authorization': `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })
    if (res.ok)
      return null
    return (await res.json() as { error?: string }).error ?? `failed (${res.status})`
  }
  catch {
    return 'the poll server cannot be reached'
  }
}

/** Tells the server which slide the presenter is on, so /join can follow. */
export function reportSlide(path: string): void {
  const slide = /(?:^|\/)(\d+)\/?$/.exec(path)?.[1]
  if (!slide || !token || status.value === 'offline')
    return
  void post('/api/current', {
    slide: Number(slide),
  })
}

/** Slidev's export and print views, where the page must settle instead of streaming. */
function isPrinting(): boolean {
  return new URLSearchParams(window.location.search).has('print') || /\/export\/?$/.test(window.location.pathname)
}

export function usePollServer(): UsePollServerReturn {
  if (!started && typeof window !== 'undefined') {
    started = true
    void start(!isPrinting())
  }
  return {
    status,
    info,
    polls,
    participants,
    room,
    isPresenter: !!(token ?? presenterToken()),
    printing: typeof window !== 'undefined' && isPrinting(),
    act: (id, action) => post(`/api/polls/${encodeURIComponent(id)}/${action}`),
    setWordHidden: (id, text, hidden) => post(`/api/polls/${encodeURIComponent(id)}/${hidden ? 'hide-word' : 'show-word'}`, { text }),
  }
}
