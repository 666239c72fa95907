import { describe, expect, it } from 'vitest'
import { Cooldown, emptyCounts, paceNeedle, PaceWindow, REACTION_COOLDOWN_MS } from './reactions.ts'

describe('cooldown', () => {
  it('lets a participant react once per cooldown and says how long to wait', () => {
    const cooldown = new Cooldown()
    expect(cooldown.take('p1', 1_000)).toBe(0)
    expect(cooldown.take('p1', 2_000)).toBe(REACTION_COOLDOWN_MS - 1_000)
    expect(cooldown.take('p2', 2_000)).toBe(0)
    // A refused try does not restart the clock.
    expect(cooldown.take('p1', 1_000 + REACTION_COOLDOWN_MS)).toBe(0)
  })

  it('forgets participants whose cooldown ran out once the room is large', () => {
    const cooldown = new Cooldown(1_000)
    for (let i = 0; i <= 5_000; i++)
      cooldown.take(`p${i}`, 0)
    cooldown.take('late', 10_000)
    expect(cooldown.size).toBe(1)
  })
})

describe('paceWindow', () => {
  it('counts the last minute only', () => {
    const window = new PaceWindow()
    window.add('slower', 0)
    window.add('lost', 30_000)
    window.add('faster', 59_000)
    expect(window.counts(59_999)).toEqual({ ...emptyCounts(), slower: 1, lost: 1, faster: 1 })
    expect(window.counts(60_000)).toEqual({ ...emptyCounts(), lost: 1, faster: 1 })
    expect(window.counts(200_000)).toEqual(emptyCounts())
  })
})

describe('paceNeedle', () => {
  it('leans to slow for slower and lost, to fast for faster, and is null without pace signals', () => {
    expect(paceNeedle({ like: 3, lost: 0, slower: 0, faster: 0 })).toBeNull()
    expect(paceNeedle({ like: 0, lost: 1, slower: 2, faster: 1 })).toBe(-0.5)
    expect(paceNeedle({ like: 0, lost: 0, slower: 0, faster: 2 })).toBe(1)
  })
})
