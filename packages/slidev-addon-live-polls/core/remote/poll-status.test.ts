import { describe, expect, it } from 'vitest'
import { remotePollStatus } from './poll-status.ts'

describe('remotePollStatus', () => {
  it('says "not opened yet" for a poll never opened, not "closed"', () => {
    expect(remotePollStatus({ state: 'closed', revealed: false, voters: 0 })).toBe('not opened yet · 0 votes')
  })

  it('says whether voting is open and whether the room sees the results', () => {
    expect(remotePollStatus({ state: 'open', revealed: false, voters: 1 })).toBe('voting open, results hidden · 1 vote')
    expect(remotePollStatus({ state: 'closed', revealed: false, voters: 12 })).toBe('voting closed, results hidden · 12 votes')
    expect(remotePollStatus({ state: 'closed', revealed: true, voters: 12 })).toBe('voting closed, results shown · 12 votes')
  })

  it('names the round of a two-round poll', () => {
    expect(remotePollStatus({ state: 'open', revealed: false, voters: 3, rounds: { current: 2 } })).toBe('voting open, results hidden · round 2 of 2 · 3 votes')
  })
})
