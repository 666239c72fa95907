/** `GET /api/results` and `/api/results.csv`: every poll's current answers and tallies. */
import type { ResultsExport } from '../lib/polls/protocol.ts'
import type { PollStore } from './poll-store.ts'

export function resultsJson(store: PollStore): ResultsExport {
  return {
    exportedAt: new Date().toISOString(),
    polls: store.ids.map((id) => {
      const { slide, state, revealed, round, voters } = store.snapshot(id, { presenter: true })
      return { id, slide, state, revealed, round, voters, tally: store.tally(id), answers: store.answers(id) }
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
    ],
  ]
  for (const id of store.ids) {
    const poll = store.get(id)!
    const round = String(store.snapshot(id, { presenter: true }).round)
    for (const { participant, answer, at } of store.answers(id)) {
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
      ])
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
