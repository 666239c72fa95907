import { describe, expect, it } from 'vitest'
import { BUFFER_MINUTES, buildAgenda, paceAgainstPlan } from './agenda'

describe('paceAgainstPlan', () => {
  it('is on plan anywhere inside the slide\'s planned minutes, and counts whole minutes outside them', () => {
    // The slide is planned from minute 10 to minute 13.
    expect(paceAgainstPlan(10, 3, 10)).toBe('on plan')
    expect(paceAgainstPlan(10, 3, 13.9)).toBe('on plan')
    expect(paceAgainstPlan(10, 3, 15.5, 0)).toBe('2 min behind plan')
    expect(paceAgainstPlan(10, 3, 9.5)).toBe('on plan')
    expect(paceAgainstPlan(10, 3, 6.2)).toBe('3 min ahead of plan')
    expect(paceAgainstPlan(0, 2, 0)).toBe('on plan')
  })

  it('counts minutes behind against the buffer, and says when it is spent', () => {
    expect(BUFFER_MINUTES).toBe(5)
    expect(paceAgainstPlan(10, 3, 15.5)).toBe('2 min behind plan, 3 of 5 buffer min left')
    expect(paceAgainstPlan(10, 3, 18.2)).toBe('5 min behind plan, 0 of 5 buffer min left')
    expect(paceAgainstPlan(10, 3, 20)).toBe('7 min behind plan, buffer spent, 2 min over')
  })
})

describe('buildAgenda', () => {
  it('groups slides into parts and sums their minutes', () => {
    const agenda = buildAgenda([
      { minutes: 2, part: 'Welcome' },
      { minutes: 3 },
      { minutes: 5, part: 'Open source', kind: 'talk' },
      { minutes: 4, kind: 'poll' },
    ])
    expect(agenda.totalMinutes).toBe(14)
    expect(agenda.bufferMinutes).toBe(BUFFER_MINUTES)
    expect(agenda.workshopMinutes).toBe(14 + BUFFER_MINUTES)
    expect(agenda.parts.map(p => [p.title, p.minutes, p.startsAt])).toEqual([
      ['Welcome', 5, 0],
      ['Open source', 9, 5],
    ])
    expect(agenda.parts[1].byKind).toEqual({ talk: 5, poll: 4 })
    expect(agenda.parts[1].slides).toEqual([3, 4])
  })

  it('ignores minutes that are not numbers rather than producing NaN', () => {
    expect(buildAgenda([{ minutes: 'two' }, { minutes: 1 }]).totalMinutes).toBe(1)
  })
})

describe('buildAgenda with section dividers', () => {
  it('merges a divider into the part its first slide names again', () => {
    const agenda = buildAgenda([
      { minutes: 1, part: 'Welcome' },
      { minutes: 0, part: 'Open source' },
      { minutes: 3, part: 'Open source' },
      { minutes: 2 },
    ])
    expect(agenda.parts.map(p => [p.title, p.minutes, p.slides])).toEqual([
      ['Welcome', 1, [1]],
      ['Open source', 5, [2, 3, 4]],
    ])
  })
})
