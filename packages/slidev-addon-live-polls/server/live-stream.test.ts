import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PollStore } from './poll-store.ts'
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_STREAM_LIMITS, LiveStream } from './live-stream.ts'

/** Just what the stream reads from the store: one poll whose snapshot carries the change count. */
function fakeStore() {
  const listeners: ((id: string) => void)[] = []
  const store = {
    seq: 0,
    onChange: (listener: (id: string) => void) => listeners.push(listener),
    snapshot: () => ({ id: 'p', voters: store.seq }),
    snapshots: () => [],
  }
  const change = () => {
    store.seq++
    listeners.forEach(l => l('p'))
  }
  return { store: store as unknown as PollStore, change }
}

/** A connection that records the `poll` frames written to it. */
function fakeClient() {
  const frames: string[] = []
  const res = Object.assign(new EventEmitter(), {
    destroyed: false,
    writableLength: 0,
    socket: null,
    writeHead: () => res,
    write: (frame: string) => {
      if (frame.startsWith('event: poll'))
        frames.push(frame)
      return true
    },
    end: () => {},
  })
  const req = { socket: { remoteAddress: '127.0.0.1' } }
  return { req: req as unknown as IncomingMessage, res: res as unknown as ServerResponse, frames }
}

describe('live stream pacing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'setInterval', 'clearInterval', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the presenter the first vote at once and a burst in a frame per display frame', async () => {
    const { store, change } = fakeStore()
    const stream = new LiveStream(store)
    const presenter = fakeClient()
    stream.connect(presenter.res, { presenter: true })
    change()
    await vi.advanceTimersByTimeAsync(0)
    expect(presenter.frames).toHaveLength(1)
    // A thousand votes over 100 ms: about one frame per 16 ms, the last one with every vote.
    for (let i = 0; i < 1000; i++) {
      change()
      if (i % 10 === 9)
        await vi.advanceTimersByTimeAsync(1)
    }
    await vi.advanceTimersByTimeAsync(DEFAULT_STREAM_LIMITS.presenterFrameMs)
    expect(presenter.frames.length).toBeGreaterThanOrEqual(6)
    expect(presenter.frames.length).toBeLessThanOrEqual(9)
    expect(presenter.frames.at(-1)).toContain('"voters":1001')
    stream.close()
  })

  it('updates phones once voting goes quiet, and at least once a second while it goes on', async () => {
    const { store, change } = fakeStore()
    const stream = new LiveStream(store)
    const phone = fakeClient()
    stream.connect(phone.res, { presenter: false })
    // A burst: nothing reaches phones while it lasts, one frame 250 ms after it ends.
    for (let i = 0; i < 300; i++)
      change()
    await vi.advanceTimersByTimeAsync(200)
    expect(phone.frames).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(100)
    expect(phone.frames).toHaveLength(1)
    expect(phone.frames[0]).toContain('"voters":300')
    // Votes every 100 ms for 2.5 s never leave a quiet moment: phones still get one a second.
    for (let i = 0; i < 25; i++) {
      change()
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(phone.frames.length).toBeGreaterThanOrEqual(3)
    expect(phone.frames.length).toBeLessThanOrEqual(4)
    stream.close()
  })
})
