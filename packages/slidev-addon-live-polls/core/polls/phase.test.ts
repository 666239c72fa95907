import { describe, expect, it } from 'vitest'
import { PHASE_LABELS, pollPhase, turnout, votes } from './phase'

describe('pollPhase', () => {
  it('reads "Voting opens soon" before the presenter opens a poll, not "closed"', () => {
    expect(PHASE_LABELS[pollPhase({ state: 'closed', revealed: false, voters: 0 })]).toBe('Voting opens soon')
  })
  it('follows the poll through open, closed and revealed', () => {
    expect(pollPhase({ state: 'open', revealed: false, voters: 0 })).toBe('open')
    expect(pollPhase({ state: 'open', revealed: true, voters: 4 })).toBe('open')
    expect(pollPhase({ state: 'closed', revealed: false, voters: 4 })).toBe('closed')
    expect(pollPhase({ state: 'closed', revealed: true, voters: 4 })).toBe('results')
  })
})

describe('vote counts in words', () => {
  it('says "1 vote" and "2 votes"', () => {
    expect(votes(1)).toBe('1 vote')
    expect(votes(0)).toBe('0 votes')
    expect(votes(2)).toBe('2 votes')
  })
  it('shows turnout against the phones that joined when known', () => {
    expect(turnout(12, 30)).toBe('12 of 30 voted')
    expect(turnout(12, null)).toBe('12 voted')
    expect(turnout(3, 0)).toBe('3 voted')
  })
})
