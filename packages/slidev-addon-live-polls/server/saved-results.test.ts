import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeSaved, savedResults } from './saved-results'

const at = '2026-12-01T10:00:00.000Z'

function folderWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'saved-results-'))
  writeFileSync(join(dir, 'polls.jsonl'), lines.join('\n'))
  return dir
}

describe('savedResults', () => {
  it('counts votes and voters, questions, reactions and the room from the log', () => {
    const dir = folderWith([
      JSON.stringify({ type: 'join', participant: 'p1', at }),
      JSON.stringify({ type: 'join', participant: 'p2', at }),
      JSON.stringify({ type: 'open', poll: 'a', at }),
      JSON.stringify({ type: 'vote', poll: 'a', participant: 'p1', answer: 'x', at }),
      JSON.stringify({ type: 'vote', poll: 'a', participant: 'p1', answer: 'y', at }),
      JSON.stringify({ type: 'vote', poll: 'a', participant: 'p2', answer: 'y', at }),
      JSON.stringify({ type: 'qa-ask', id: 'q1', participant: 'p2', text: 'Why?', at }),
      JSON.stringify({ type: 'qa-vote', question: 'q1', participant: 'p1', up: true, at }),
      JSON.stringify({ type: 'reaction', slide: 3, kind: 'like', at }),
      '{"type":"vote","poll":"a","partic', // torn: never acknowledged
    ])
    expect(savedResults(dir)).toEqual({ votes: 3, voters: 2, questions: 1, reactions: 1, joined: 2 })
  })

  it('reads a folder without a log as empty', () => {
    expect(savedResults(mkdtempSync(join(tmpdir(), 'saved-results-')))).toEqual({ votes: 0, voters: 0, questions: 0, reactions: 0, joined: 0 })
  })
})

describe('describeSaved', () => {
  it('says what is saved in words', () => {
    expect(describeSaved({ votes: 47, voters: 6, questions: 3, reactions: 12, joined: 6 })).toBe('47 votes from 6 participants, 3 questions and 12 reactions')
    expect(describeSaved({ votes: 1, voters: 1, questions: 0, reactions: 1, joined: 1 })).toBe('1 vote from 1 participant, 0 questions and 1 reaction')
    expect(describeSaved({ votes: 0, voters: 0, questions: 0, reactions: 0, joined: 4 })).toBe('no votes, questions or reactions')
  })
})
