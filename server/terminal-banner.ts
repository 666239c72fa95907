/** What the facilitator sees on the terminal: the private presenter URL, the join URL and its QR code. */
import type { PollServer } from './poll-server.ts'
import { renderUnicodeCompact } from 'uqr'

export function printBanner(server: PollServer, port: number, presenterPath = '/presenter/1'): void {
  const join = server.info().joinUrl
  const presenter = `http://127.0.0.1:${port}${presenterPath}?poll-token=${encodeURIComponent(server.token)}`
  console.log([
    '',
    `  Live polls: ${server.store.ids.length} polls from the deck, results in results/polls.jsonl`,
    `  Presenter (keep private, open on this machine): ${presenter}`,
    `  Participants join at:                           ${join}`,
    '',
    renderUnicodeCompact(join, { border: 1 }).split('\n').map(line => `  ${line}`).join('\n'),
    '',
  ].join('\n'))
}
