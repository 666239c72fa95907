/**
 * What the facilitator reads on the terminal, for `npm run workshop` and `npm run serve` alike:
 * the results file and the room; then who opens what: the presenter view and the projector window
 * on this laptop (their addresses carry the presenter key), the participants' join address and the
 * presenter's own phone as a remote, as text and as QR codes; then "Ready" once the deck answers,
 * and on stop what the log holds. When phones cannot reach the server (bound to loopback, or no
 * network) it says so, and how to open it to the room, instead of QR codes no phone can use.
 */
import type { SavedResults } from './saved-results.ts'
import { renderUnicodeCompact } from 'uqr'
import { isLoopbackHost, isWildcardHost, windowOrigin } from './network.ts'
import { displayPath, resultsLogPath } from './results-dir.ts'
import { describeSaved, savedResults } from './saved-results.ts'

export interface BannerFacts {
  /** Polls the deck declares. */
  polls: number
  resultsDir: string
  saved: SavedResults
  roomSize: number
  token: string
  port: number
  /** The address the server listens on (--host). */
  host: string
  /** Where phones join, most likely first (server/network.ts joinUrls). */
  joinUrls: string[]
  shareDeck: boolean
  /** Slidev's dev server (npm run workshop) rather than a built deck (npm run serve). */
  workshop: boolean
}

/** Whether the room can reach this server, and if not, why. */
export type Reach = 'room' | 'loopback' | 'no-network'

export function reachOf({ host, joinUrls }: Pick<BannerFacts, 'host' | 'joinUrls'>): Reach {
  const first = joinUrls[0]
  if (first && !isLoopbackHost(new URL(first).hostname))
    return 'room'
  return isWildcardHost(host) ? 'no-network' : 'loopback'
}

/** The results line: which log this run writes to and what it already holds. */
export function resultsLine(resultsDir: string, freshHint = true, saved = savedResults(resultsDir)): string {
  const hint = saved.votes > 0 && freshHint ? ' (start empty with --fresh)' : ''
  return `Results file: ${displayPath(resultsLogPath(resultsDir))}, ${saved.votes} vote${saved.votes === 1 ? '' : 's'} so far${hint}`
}

/** The room line: how many ids this session lets in, and how many it already has. */
export function roomLine(size: number, joined: number): string {
  return `Room size: ${size} participants (${joined} joined so far; --room-size <n> for a larger room)`
}

export function exposure({ shareDeck, workshop }: Pick<BannerFacts, 'shareDeck' | 'workshop'>): string {
  if (!shareDeck)
    return 'Other devices reach /join and the poll API only (--share-deck shows them the slides too).'
  return workshop
    ? 'Deck shared (--share-deck): every device on the network can open the slides AND their sources: speaker notes, exercise solutions, the quiz answer.'
    : 'Deck shared (--share-deck): every device on the network can open the built slides, with their speaker notes and the quiz answer.'
}

/** Why phones cannot reach the server, and how to open it to the room. */
function unreachable(reach: Exclude<Reach, 'room'>, host: string): string[] {
  return reach === 'loopback'
    ? [
        `  PHONES CANNOT JOIN: the server listens on ${host} only, so only this laptop can open it.`,
        '  To open it to the room, stop (Ctrl-C) and start again without --host (or with --host 0.0.0.0),',
        '  with this laptop on the room\'s Wi-Fi.',
      ]
    : [
        '  PHONES CANNOT JOIN: this laptop has no network address other devices can reach (no Wi-Fi or',
        '  cable connected). Join the room\'s Wi-Fi (one without client isolation) or start a hotspot,',
        '  then stop (Ctrl-C) and start again.',
      ]
}

/** QR codes side by side (half the height of one above the other), each with its caption below. */
function qrCodes(codes: { url: string, caption: string }[]): string[] {
  const blocks = codes.map(({ url, caption }) => {
    const lines = renderUnicodeCompact(url, { border: 1 }).split('\n')
    return { lines: [...lines, caption], width: Math.max(caption.length, ...lines.map(line => line.length)) }
  })
  const height = Math.max(...blocks.map(block => block.lines.length))
  return Array.from({ length: height }, (_, row) =>
    `  ${blocks.map(block => (block.lines[row] ?? '').padEnd(block.width)).join('    ')}`.trimEnd())
}

const INDENT = ' '.repeat(22)

export function bannerText(facts: BannerFacts): string {
  const local = (path: string) => `${windowOrigin(facts.host, facts.port)}${path}?poll-token=${encodeURIComponent(facts.token)}`
  const join = facts.joinUrls[0] ?? `${windowOrigin(facts.host, facts.port)}/join`
  const remote = `${join.replace(/\/join$/, '')}/remote#token=${encodeURIComponent(facts.token)}`
  const reach = reachOf(facts)
  const otherNetworks = facts.joinUrls.slice(1).filter(url => !isLoopbackHost(new URL(url).hostname))
  return [
    '',
    `  Live polls: ${facts.polls} ${facts.polls === 1 ? 'poll' : 'polls'} from the deck`,
    `  ${resultsLine(facts.resultsDir, true, facts.saved)}`,
    `  ${roomLine(facts.roomSize, facts.saved.joined)}`,
    '',
    // Each window keeps the key for itself (never in storage other tabs can read): one address each.
    '  On this laptop, two windows (their addresses carry the presenter key: keep them private):',
    '    Presenter view    on the laptop screen: notes, timer, poll controls, questions',
    `${INDENT}${local('/presenter/1')}`,
    '    Projector window  drag it to the projector, then press F for full screen',
    `${INDENT}${local('/1')}`,
    '    Drive from either window (arrow keys, space, clicks): the other follows.',
    '',
    ...(reach === 'room'
      ? ['  On phones (the QR codes below say the same):']
      : [...unreachable(reach, facts.host), '  Until then the phone pages open on this laptop only (no QR codes: a phone would reach itself):']),
    '    Participants      everyone\'s phone: votes, questions, reactions',
    `${INDENT}${join}`,
    ...otherNetworks.map(url => `${INDENT}${url}  (another network of this laptop)`),
    '    Phone remote      your own phone only (it carries the key: keep it private)',
    `${INDENT}${remote}`,
    ...(reach === 'room' ? [`  ${exposure(facts)}`] : []),
    '',
    ...(reach === 'room'
      ? [...qrCodes([{ url: join, caption: 'Participants' }, { url: remote, caption: 'Phone remote (keep private)' }]), '']
      : []),
  ].join('\n')
}

export function printBanner(facts: BannerFacts): void {
  console.log(bannerText(facts))
}

/** Once the first page and everything it loads have answered (server/first-page.ts). */
export function readyLine(secondsSinceStart: number): string {
  return `  Ready ${secondsSinceStart.toFixed(1)} s after start: the deck is built and answering. Open the two windows above; stop with Ctrl-C.`
}

/** While Slidev's dev server compiles the deck, between the banner and "Ready". */
export const PREPARING_LINE = '  Preparing the deck: every slide is compiled now, so that no window waits for it later…'

/** Said on stop (Ctrl-C, SIGTERM, SIGHUP), once the log is closed: what it holds and where. */
export function stopSummary(resultsDir: string, defaultDir = 'results'): string {
  const saved = savedResults(resultsDir)
  const file = displayPath(resultsLogPath(resultsDir))
  const lines = ['', `  Stopped. Saved in ${file}: ${describeSaved(saved)}.`]
  if (saved.votes || saved.questions || saved.reactions) {
    const dir = displayPath(resultsDir)
    lines.push(`  The session report: npm run report${dir === defaultDir ? '' : ` -- --results ${dir}`}`)
  }
  return lines.join('\n')
}
