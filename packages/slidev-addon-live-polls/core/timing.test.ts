import { describe, expect, it } from 'vitest'
import { paceAgainstPlan, plannedStarts, slideMinutes, withPlannedTime } from './timing'

describe('paceAgainstPlan', () => {
  it('is on plan anywhere inside the slide\'s planned minutes, and counts whole minutes outside them', () => {
    // The slide is planned from minute 10 to minute 13.
    expect(paceAgainstPlan(10, 3, 10)).toBe('on plan')
    expect(paceAgainstPlan(10, 3, 13.9)).toBe('on plan')
    expect(paceAgainstPlan(10, 3, 15.5)).toBe('2 min behind plan')
    expect(paceAgainstPlan(10, 3, 9.5)).toBe('on plan')
    expect(paceAgainstPlan(10, 3, 6.2)).toBe('3 min ahead of plan')
    expect(paceAgainstPlan(0, 2, 0)).toBe('on plan')
  })

  it('counts minutes behind against the buffer, and says when it is spent', () => {
    expect(paceAgainstPlan(10, 3, 15.5, 5)).toBe('2 min behind plan, 3 of 5 buffer min left')
    expect(paceAgainstPlan(10, 3, 18.2, 5)).toBe('5 min behind plan, 0 of 5 buffer min left')
    expect(paceAgainstPlan(10, 3, 20, 5)).toBe('7 min behind plan, buffer spent, 2 min over')
  })
})

describe('the plan', () => {
  it('reads each slide\'s minutes and where it starts', () => {
    expect(slideMinutes({ minutes: 3 })).toBe(3)
    expect(slideMinutes({ minutes: 'three' })).toBe(0)
    expect(plannedStarts([{ frontmatter: { minutes: 2 } }, { frontmatter: {} }, { frontmatter: { minutes: 5 } }])).toEqual([
      { minutes: 2, startsAt: 0 },
      { minutes: 0, startsAt: 2 },
      { minutes: 5, startsAt: 2 },
    ])
  })

  it('opens the notes with the planned minutes', () => {
    expect(withPlannedTime('Welcome the group.', { minutes: 3 })).toBe('**Planned: 3 min**\n\nWelcome the group.')
    expect(withPlannedTime(undefined, {})).toBe('**Planned: 0 min**')
  })
})
