/**
 * What the facilitator sees on the terminal: the private presenter URL, the join URL and its QR
 * code, and a second QR code for the presenter's own phone: the remote, with the token in the URL
 * fragment (the terminal is the only place it is shown).
 */
import type { RoomState } from '../lib/polls/protocol.ts'
import type { PollServer } from './poll-server.ts'
import { renderUnicodeCompact } from 'uqr'
import { countVotes, displayPath, resultsLogPath } from './results-dir.ts'

/** The results line: which log this run writes to and what it already holds. */
export function resultsLine(resultsDir: string, freshHint = true): string {
  const votes = countVotes(resultsDir)
  const hint = votes > 0 && freshHint ? ' (start empty with --fresh)' : ''
  return `Results file: ${displayPath(resultsLogPath(resultsDir))}, ${votes} vote${votes === 1 ? '' : 's'} so far${hint}`
}

/** The room line: how many ids this session lets in, and how many it already has. */
export function roomLine({ size, joined }: RoomState): string {
  return `Room size: ${size} participants (${joined} joined so far; --room-size <n> for a larger room)`
}

export interface BannerMode {
  shareDeck: boolean
  /** Slidev's dev server (npm run workshop) rather than a built deck (npm run serve). */
  workshop: boolean
}

export function printBanner(server: PollServer, port: number, mode: BannerMode, presenterPath = '/presenter/1'): void {
  const join = server.info().joinUrl
  const withToken = (path: string) => `http://127.0.0.1:${port}${path}?poll-token=${encodeURIComponent(server.token)}`
  const presenter = withToken(presenterPath)
  // Each window keeps the token for itself (never in storage other tabs can read): one URL each.
  const projector = withToken('/1')
  const remote = `${join.replace(/\/join$/, '')}/remote#token=${encodeURIComponent(server.token)}`
  const qr = (url: string) => renderUnicodeCompact(url, { border: 1 }).split('\n').map(line => `  ${line}`).join('\n')
  console.log([
    '',
    `  Live polls: ${server.store.ids.length} polls from the deck`,
    `  ${resultsLine(server.resultsDir)}`,
    `  ${roomLine(server.room.state())}`,
    `  Presenter (keep private, open on this machine only): ${presenter}`,
    `  Projector (this machine, the window on the projector): ${projector}`,
    `  Participants join at:                                ${join}`,
    `  ${exposure(mode)}`,
    '',
    qr(join),
    '',
    `  Your phone as a remote (keep private: this code carries the token): scan below`,
    '',
    qr(remote),
    '',
  ].join('\n'))
}

export function exposure({ shareDeck, workshop }: BannerMode): string {
  if (!shareDeck)
    return 'Other devices reach /join and the poll API only (--share-deck shows them the slides too).'
  return workshop
    ? 'Deck shared (--share-deck): every device on the network can open the slides AND their sources: speaker notes, exercise solutions, the quiz answer.'
    : 'Deck shared (--share-deck): every device on the network can open the built slides, with their speaker notes and the quiz answer.'
}
