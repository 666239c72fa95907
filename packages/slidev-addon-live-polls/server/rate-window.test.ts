import { describe, expect, it } from 'vitest'
import { RateWindow } from './rate-window.ts'

describe('rateWindow', () => {
  it('allows up to the limit within the window, then again once the window has passed', () => {
    const window = new RateWindow(3, 1000)
    for (let i = 0; i < 3; i++) {
      expect(window.allows('a', i)).toBe(true)
      window.record('a', i)
    }
    expect(window.allows('a', 10)).toBe(false)
    expect(window.allows('b', 10)).toBe(true)
    expect(window.allows('a', 1001)).toBe(true)
  })

  it('counts only what is recorded: refused attempts do not use up the allowance', () => {
    const window = new RateWindow(2, 1000)
    for (let i = 0; i < 50; i++)
      window.allows('a', i)
    expect(window.allows('a', 60)).toBe(true)
  })

  it('forgets expired keys and never holds more than maxKeys', () => {
    const window = new RateWindow(5, 1000, 100)
    for (let i = 0; i < 1000; i++)
      window.record(`key-${i}`, i)
    expect(window.size).toBeLessThanOrEqual(100)
    window.record('late', 5000)
    expect(window.size).toBe(1)
  })
})
