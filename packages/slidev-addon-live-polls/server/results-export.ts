/**
 * `GET /api/results` and `/api/results.csv`: every poll's current answers and tallies. A poll run
 * in two rounds also lists round 1's answers (`firstRound`; `vote_round` 1 in the CSV).
 */
import type { ResultsExport, RoomState } from '../core/polls/protocol.ts'
import type { PollStore } from './poll-store.ts'

export function resultsJson(store: PollStore, room?: RoomState): ResultsExport {
  return {
    exportedAt: new Date().toISOString(),
    ...(room ? { room } : {}),
    polls: store.ids.map((id) => {
      const { slide, state, revealed, round, voters, rounds } = store.snapshot(id, { presenter: true })
      return {
        id,
        slide,
        state,
        revealed,
        round,
        voters,
        tally: store.tally(id),
        answers: store.answers(id),
        ...(rounds ? { stage: rounds.current } : {}),
        ...(rounds?.current === 2 ? { firstRound: store.firstRoundAnswers(id) } : {}),
      }
    }),
  }
}
export function resultsCsv(store: PollStore): string {
  const rows = [
    [
      'poll',
      'kind',
      'question',
      'round',
      'participant',
      'answer',
      'at',
      // Last, so the columns before it keep their places for existing spreadsheets.
      'vote_round',
    ],
  ]
  for (const id of store.ids) {
    const poll = store.get(id)!
    const snap = store.snapshot(id, { presenter: true })
    const round = String(snap.round)
    const voteRounds = snap.rounds?.current === 2
      ? [['1', store.firstRoundAnswers(id)], ['2', store.answers(id)]] as const
      : [['1', store.answers(id)]] as const
    for (const [voteRound, answers] of voteRounds) {
      for (const { participant, answer, at } of answers) {
        rows.push([
          id,
          poll.kind,
          poll.question,
          round,
          participant,
          Array.isArray(answer)
            ? answer.join('; ')
            : String(answer),
          at,
          voteRound,
        ])
      }
    }
  }
  return `${rows.map(row => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** Quotes a cell, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value)
    ? `'${value}`
    : value
  return /[",\r\n]/.test(safe)
    ? `"${safe.replace(/"/g, '""')}"`
    : safe
}
