/** What the facilitator sees on the terminal: the private presenter URL, the join URL and its QR code. */
import type { PollServer } from './poll-server.ts'
import { renderUnicodeCompact } from 'uqr'
import { countVotes, displayPath, resultsLogPath } from './results-dir.ts'

/** The results line: which log this run writes to and what it already holds. */
export function resultsLine(resultsDir: string, freshHint = true): string {
  const votes = countVotes(resultsDir)
  const hint = votes > 0 && freshHint ? ' (start empty with --fresh)' : ''
  return `Results file: ${displayPath(resultsLogPath(resultsDir))}, ${votes} vote${votes === 1 ? '' : 's'} so far${hint}`
}

export function printBanner(server: PollServer, port: number, presenterPath = '/presenter/1'): void {
  const join = server.info().joinUrl
  const presenter = `http://127.0.0.1:${port}${presenterPath}?poll-token=${encodeURIComponent(server.token)}`
  console.log([
    '',
    `  Live polls: ${server.store.ids.length} polls from the deck`,
    `  ${resultsLine(server.resultsDir)}`,
    `  Presenter (keep private, open on this machine only): ${presenter}`,
    `  Participants join at:                                ${join}`,
    '',
    renderUnicodeCompact(join, { border: 1 }).split('\n').map(line => `  ${line}`).join('\n'),
    '',
  ].join('\n'))
}
