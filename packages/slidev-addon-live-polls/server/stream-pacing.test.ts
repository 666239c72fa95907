import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Pacer } from './stream-pacing.ts'

describe('pacer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('with no pace, sends once on the next turn for all the changes before it', async () => {
    const send = vi.fn()
    const pacer = new Pacer(send)
    pacer.changed()
    pacer.changed()
    expect(send).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(0)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('with maxWaitMs, sends that long after the first change, however many follow', async () => {
    const send = vi.fn()
    const pacer = new Pacer(send, { maxWaitMs: 250 })
    pacer.changed()
    await vi.advanceTimersByTimeAsync(200)
    pacer.changed()
    expect(send).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(50)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('with gapMs, sends the first change at once and the next ones a gap apart', async () => {
    const send = vi.fn()
    const pacer = new Pacer(send, { gapMs: 16 })
    pacer.changed()
    await vi.advanceTimersByTimeAsync(0)
    expect(send).toHaveBeenCalledTimes(1)
    pacer.changed()
    await vi.advanceTimersByTimeAsync(15)
    expect(send).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('sends nothing once stopped', async () => {
    const send = vi.fn()
    const pacer = new Pacer(send, { quietMs: 10, maxWaitMs: 100 })
    pacer.changed()
    pacer.stop()
    await vi.advanceTimersByTimeAsync(200)
    expect(send).not.toHaveBeenCalled()
  })
})
