import type { QaRecord } from './questions.ts'
import { describe, expect, it } from 'vitest'
import { orderQuestions, QA_LIMITS, QuestionBook, questionsForRoom } from './questions.ts'

const at = (s: number) => `2026-01-01T10:00:${String(s).padStart(2, '0')}.000Z`
const ask = (id: string, participant: string, s = 0): QaRecord => ({ type: 'qa-ask', id, participant, text: `Question ${id}?`, at: at(s) })
const vote = (question: string, participant: string, up = true): QaRecord => ({ type: 'qa-vote', question, participant, up, at: at(30) })
const moderate = (question: string, action: 'approve' | 'hide' | 'answer' | 'pin'): QaRecord => ({ type: 'qa-moderate', question, action, at: at(40) })

function book(...records: QaRecord[]): QuestionBook {
  const b = new QuestionBook()
  records.forEach(r => b.apply(r))
  return b
}

describe('orderQuestions', () => {
  it('puts the pinned question first, then most votes, earlier first on a tie, answered at the bottom', () => {
    const q = (id: string, votes: number, extra: { answered?: boolean, pinned?: boolean } = {}, s = 0) => ({ id, votes, at: at(s), answered: false, pinned: false, ...extra })
    const ordered = orderQuestions([q('a', 9, { answered: true }), q('b', 1, { pinned: true }), q('c', 3, {}, 5), q('d', 3, {}, 2), q('e', 7)])
    expect(ordered.map(x => x.id)).toEqual(['b', 'e', 'd', 'c', 'a'])
  })
})

describe('questionBook', () => {
  it('holds new questions for approval by default; the room sees approved ones only', () => {
    const b = book(ask('q1', 'p1'), ask('q2', 'p2'), moderate('q2', 'approve'))
    expect(b.view(false).questions.map(q => q.id)).toEqual(['q2'])
    expect(b.view(true).questions.map(q => [q.id, q.status])).toEqual([['q1', 'pending'], ['q2', 'approved']])
  })

  it('publishes at once when the presenter switched to it, from that question on', () => {
    const b = book(ask('q1', 'p1'), { type: 'qa-settings', settings: { publish: true, open: true }, at: at(1) }, ask('q2', 'p1', 2))
    expect(b.view(false).questions.map(q => q.id)).toEqual(['q2'])
  })

  it('counts one upvote per participant, which they can take back', () => {
    const b = book(ask('q1', 'p1'), moderate('q1', 'approve'), vote('q1', 'p2'), vote('q1', 'p2'), vote('q1', 'p3'), vote('q1', 'p3', false))
    expect(b.view(false).questions[0].votes).toBe(1)
    expect(b.view(false, 'p2')).toMatchObject({ voted: ['q1'], asked: [] })
    expect(b.view(false, 'p1')).toMatchObject({ voted: [], asked: ['q1'] })
  })

  it('moderates: hide removes from the room, answer sinks, pin moves to the top and unpins the other', () => {
    const b = book(ask('q1', 'p1'), ask('q2', 'p1'), ask('q3', 'p1'), moderate('q1', 'approve'), moderate('q2', 'approve'), moderate('q3', 'approve'), vote('q1', 'p9'), moderate('q1', 'answer'), moderate('q2', 'pin'), moderate('q3', 'pin'), moderate('q2', 'hide'))
    expect(b.view(false).questions.map(q => [q.id, q.pinned, q.answered])).toEqual([['q3', true, false], ['q1', false, true]])
  })

  it('refuses when closed, past the per-participant cap, and votes on questions the room cannot see', () => {
    const b = book(ask('q1', 'p1'))
    expect(b.refuseVote('q1')).toMatchObject({ status: 404 })
    expect(b.refuseVote('nope')).toMatchObject({ status: 404 })
    expect(b.refuseModerate('q1')).toBeNull()
    for (let i = 2; i <= QA_LIMITS.perParticipant; i++)
      b.apply(ask(`q${i}`, 'p1'))
    expect(b.refuseAsk('p1')).toMatchObject({ status: 429 })
    expect(b.refuseAsk('p2')).toBeNull()
    b.apply({ type: 'qa-settings', settings: { publish: false, open: false }, at: at(50) })
    expect(b.refuseAsk('p2')).toMatchObject({ status: 409 })
  })

  it('never shows who asked or who voted', () => {
    const b = book(ask('q1', 'participant-secret'), moderate('q1', 'approve'), vote('q1', 'voter-secret'))
    expect(JSON.stringify(b.view(true))).not.toMatch(/secret/)
  })

  it('gives every place in the room its own share of the list: a few ids cannot fill it for everyone', () => {
    const room = 4
    const b = new QuestionBook(questionsForRoom(room))
    // Three ids of one laptop ask all they may.
    for (const author of ['x1', 'x2', 'x3']) {
      for (let i = 0; i < QA_LIMITS.perParticipant; i++)
        b.apply(ask(`${author}-${i}`, author))
    }
    expect(b.refuseAsk('x1')).toMatchObject({ status: 429 })
    // The fourth place still asks.
    expect(b.refuseAsk('real')).toBeNull()
  })
})
