import { describe, expect, it } from 'vitest'
import { formatClock, parseStartTime } from './clock'

describe('clock times', () => {
  it('counts from 0:00 without a start time', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(75)).toBe('1:15')
  })

  it('gives real times from a start time, past midnight too', () => {
    expect(formatClock(25, parseStartTime('14:00'))).toBe('14:25')
    expect(formatClock(90, parseStartTime('23:30'))).toBe('01:00')
  })

  it('refuses a start that is not a time of day', () => {
    expect(() => parseStartTime('2pm')).toThrow(/--start must be a time of day like 14:00/)
    expect(() => parseStartTime('25:00')).toThrow(/--start/)
  })
})
