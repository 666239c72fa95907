import { describe, expect, it } from 'vitest'
import { buildAgenda } from './agenda'

describe('buildAgenda', () => {
  it('groups slides into parts and sums their minutes', () => {
    const agenda = buildAgenda([
      { minutes: 2, part: 'Welcome' },
      { minutes: 3 },
      { minutes: 5, part: 'Open source', kind: 'talk' },
      { minutes: 4, kind: 'poll' },
    ], 5)
    expect(agenda.totalMinutes).toBe(14)
    expect(agenda.bufferMinutes).toBe(5)
    expect(agenda.workshopMinutes).toBe(19)
    expect(agenda.parts.map(p => [p.title, p.minutes, p.startsAt])).toEqual([
      ['Welcome', 5, 0],
      ['Open source', 9, 5],
    ])
    expect(agenda.parts[1].byKind).toEqual({ talk: 5, poll: 4 })
    expect(agenda.parts[1].slides).toEqual([3, 4])
  })

  it('ignores minutes that are not numbers rather than producing NaN', () => {
    expect(buildAgenda([{ minutes: 'two' }, { minutes: 1 }], 0).totalMinutes).toBe(1)
  })
})

describe('buildAgenda with section dividers', () => {
  it('merges a divider into the part its first slide names again', () => {
    const agenda = buildAgenda([
      { minutes: 1, part: 'Welcome' },
      { minutes: 0, part: 'Open source' },
      { minutes: 3, part: 'Open source' },
      { minutes: 2 },
    ], 0)
    expect(agenda.parts.map(p => [p.title, p.minutes, p.slides])).toEqual([
      ['Welcome', 1, [1]],
      ['Open source', 5, [2, 3, 4]],
    ])
  })
})
