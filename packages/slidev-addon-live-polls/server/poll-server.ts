/**
 * The poll server's core, shared by the Slidev dev-server plugin and the standalone server:
 * load and validate the deck's polls, replay the log, and answer the HTTP contract behind the
 * access gate (README "Security on the LAN").
 */
import type { IncomingMessage, Server } from 'node:http'
import type { LiveDeck } from '../core/deck.ts'
import type { RemoteSlide, RoomState, ServerInfo } from '../core/polls/protocol.ts'
import type { LiveTheme } from '../core/theme.ts'
import type { LoggedRecord, LogReport } from './append-log.ts'
import type { GateMode } from './gate/access-gate.ts'
import type { Handler } from './http-api.ts'
import type { StreamLimits } from './live-stream.ts'
import type { SetAside } from './replay-report.ts'
import { join, resolve } from 'node:path'
import { parseBlocklist } from '../core/polls/blocklist.ts'
import { pollsOfDeck } from '../core/polls/load-from-deck.ts'
import { isQaRecord, questionsForRoom } from '../core/questions/questions.ts'
import { isReactionRecord } from '../core/reactions/reactions.ts'
import { notesHtml } from '../core/remote/notes-html.ts'
import { mergeTheme } from '../core/theme.ts'
import { plannedStarts } from '../core/timing.ts'
import { connectionLimits, DEFAULT_CONNECTIONS_PER_ADDRESS, fileLimitWarning, guardConnections } from './connection-guard.ts'
import { accessGate, upgradeRefusal } from './gate/access-gate.ts'
import { hostCheck } from './gate/allowed-hosts.ts'
import { createApiHandler } from './http-api.ts'
import { buildJoinPage } from './join/join-page.ts'
import { LiveStream, streamLimitsFor } from './live-stream.ts'
import { joinUrls, presenterAddress, presenterMachine } from './network.ts'
import { DEFAULT_NEW_PARTICIPANTS_PER_MINUTE, ParticipantIds } from './participant-ids.ts'
import { phoneFont } from './phone-font.ts'
import { POLL_RECORD_TYPES, PollStore } from './poll-store.ts'
import { presenterToken } from './presenter-token.ts'
import { questionRoutes } from './qa-api.ts'
import { feedQuestions } from './qa-feed.ts'
import { QaStore } from './qa-store.ts'
import { createReactionRoutes } from './reaction-api.ts'
import { ReactionStore } from './reaction-store.ts'
import { remoteRoutes } from './remote/remote-api.ts'
import { buildRemotePage } from './remote/remote-page.ts'
import { describeSetAside } from './replay-report.ts'
import { applyTimeouts } from './request-timeouts.ts'
import { assertWritableResults } from './results-dir.ts'
import { DEFAULT_ROOM_SIZE, Room } from './room.ts'

export interface PollServerOptions {
  /** `serve` (the built deck), `workshop` (Slidev for the room) or `dev` (Slidev for the author, and export). */
  mode?: GateMode
  /** The deck, as Slidev loaded it or as its build's manifest holds it (core/deck.ts). */
  deck: LiveDeck
  /** The deck's folder: its `livePolls.private` folders are relative to it. */
  deckRoot: string
  /** The folder request paths are files of: the built deck, or Vite's root (default: the deck's folder). */
  root?: string
  /** The deck's theme for the phone pages (the addon's defaults without one). */
  theme?: LiveTheme
  /** Words never shown in word clouds: the text of the deck's blocklist file (readBlocklist). */
  blocklist?: string
  resultsDir?: string
  token?: string
  /** Addresses of the presenter's machine (default: loopback). */
  presenterAddresses?: string
  /** Serve the deck to every address, not only /join and the participant API. */
  shareDeck?: boolean
  /** New participant ids per client address per minute. */
  newParticipantsPerMinute?: number
  /** Participant ids the session lets in, whichever address asks (default 300). */
  roomSize?: number
  streamLimits?: Partial<StreamLimits>
}

export interface PollServer {
  /** Mount first: refuses what other addresses may not reach, then answers the poll API. */
  handle: Handler
  /** Why a websocket upgrade (Vite's) is refused, as a status line, or null to let it through. */
  upgradeRefusal: (req: IncomingMessage) => string | null
  store: PollStore
  /** The participant ids let in, up to the room size. */
  room: Room
  /** The room's questions, in the same log. */
  qa: QaStore
  reactions: ReactionStore
  stream: LiveStream
  token: string
  isPresenterMachine: (req: IncomingMessage) => boolean
  /** Absolute path of the folder holding the vote log. */
  resultsDir: string
  /**
   * Call on the HTTP server before it listens: caps connections per address and in all (below the
   * file limit), and the time a request may take to arrive.
   */
  guard: (server: Server) => void
  /** Call once the HTTP server listens, so the slide's QR code shows a reachable address. */
  setAddress: (host: string, port: number) => void
  info: () => ServerInfo
  close: () => Promise<void>
}

/** What the phone remote shows of each slide, with where it sits in the planned time. */
function remoteSlides(slides: LiveDeck['slides']): RemoteSlide[] {
  const plan = plannedStarts(slides)
  return slides.map((s, i) => ({ no: s.no, title: s.title, notesHtml: notesHtml(s.note, s.frontmatter), ...plan[i]! }))
}

/** Records no store of this server reads (a type it does not know): set aside and reported. */
function unknownRecords({ records, lines }: LogReport<LoggedRecord>): SetAside[] {
  const known = (record: LoggedRecord) => POLL_RECORD_TYPES.has(record.type)
    || isQaRecord(record) || isReactionRecord(record) || record.type === 'join'
  return records.flatMap((record, i) => known(record) ? [] : [{ line: lines[i], reason: `a record of unknown type ${JSON.stringify(record.type)?.slice(0, 40)}` }])
}

/** Tells the terminal when phones start being turned away, then at most every 30 s while they are. */
function warnWhenFull(size: number): (state: RoomState) => void {
  let told = 0
  let toldAt = 0
  return (state) => {
    if (state.refused === told || Date.now() - toldAt < 30_000)
      return
    told = state.refused
    toldAt = Date.now()
    console.warn(`Room full: all ${size} places are taken and ${state.refused} ${state.refused === 1 ? 'phone was' : 'phones were'} turned away. To let them in, stop and restart with --room-size ${size * 2} (nothing is lost).`)
  }
}

export async function createPollServer(options: PollServerOptions): Promise<PollServer> {
  const { deck } = options
  const deckRoot = resolve(options.deckRoot)
  const polls = pollsOfDeck(deck)
  const resultsDir = resolve(options.resultsDir ?? 'results')
  assertWritableResults(resultsDir)
  const store = new PollStore({
    polls,
    resultsDir,
    blocklist: parseBlocklist(options.blocklist ?? ''),
  })
  const roomSize = options.roomSize ?? DEFAULT_ROOM_SIZE
  const newParticipantsPerMinute = options.newParticipantsPerMinute ?? DEFAULT_NEW_PARTICIPANTS_PER_MINUTE
  const room = new Room(store.log, roomSize)
  const stream = new LiveStream(store, streamLimitsFor(roomSize, options.streamLimits))
  stream.room = () => room.state()
  room.onChange(() => stream.roomChanged())
  room.onChange(warnWhenFull(roomSize))
  const token = options.token ?? presenterToken()
  const isPresenterMachine = presenterMachine(options.presenterAddresses)
  // The phone pages name the session as the deck does (its title), in the deck's colours.
  const workshop = deck.title
  const theme = options.theme ?? mergeTheme()
  const font = phoneFont()
  const joinPage = await buildJoinPage({ workshop, font, theme })
  let urls: string[] = []
  const info = (): ServerInfo => ({ polls: true, joinUrl: urls[0] ?? '/join', joinUrls: urls })
  const qa = new QaStore(store.log, questionsForRoom(roomSize))
  const stopFeed = feedQuestions(qa, stream)
  const reactions = new ReactionStore(store.log)
  // Tell the facilitator before anything else that results may be incomplete.
  const setAside = describeSetAside(store.log.path, [
    ...store.setAside,
    ...qa.setAside,
    ...reactions.setAside,
    ...room.setAside,
    ...unknownRecords(store.log.startup),
  ])
  ;[...store.damage, ...(setAside ? [setAside] : [])].forEach(line => console.warn(line))
  const reactionApi = createReactionRoutes(reactions, stream)
  const remote = remoteRoutes({
    store,
    qa,
    stream,
    page: await buildRemotePage({ workshop, font, theme }),
    bufferMinutes: deck.options.bufferMinutes,
    slides: remoteSlides(deck.slides),
  })
  // The names this server answers to include the address it listens on, known once it listens.
  let hosts = hostCheck()
  const root = resolve(options.root ?? deckRoot)
  const gateOptions = {
    mode: options.mode ?? 'dev',
    isPresenterMachine,
    shareDeck: options.shareDeck ?? false,
    token,
    hosts: { allows: (header: string | undefined) => hosts.allows(header) },
    root,
    privateFolders: [resultsDir, ...deck.options.private.map(dir => join(deckRoot, dir))],
    presenterOnly: deck.options.presenterOnly,
  }
  const gate = accessGate(gateOptions)
  const api = createApiHandler({
    store,
    stream,
    token,
    ids: ParticipantIds.inFolder(resultsDir),
    room,
    isPresenterMachine,
    newParticipantsPerMinute,
    info,
    joinPage: joinPage.serve,
    routes: [...questionRoutes(qa), ...reactionApi.routes, ...remote, font.route],
  })
  return {
    handle: (req, res, next) => gate(req, res, () => api(req, res, next)),
    upgradeRefusal: req => upgradeRefusal(gateOptions, req),
    guard: (server) => {
      // Several devices may share an address (a hotspot); a room behind one NAT raises the id rate, and this with it.
      const perAddress = Math.max(DEFAULT_CONNECTIONS_PER_ADDRESS, 2 * newParticipantsPerMinute)
      const limits = connectionLimits(perAddress)
      const warning = fileLimitWarning(limits, stream.limits.total + roomSize)
      if (warning)
        console.warn(warning)
      guardConnections(server, limits, presenterAddress(options.presenterAddresses))
      applyTimeouts(server)
    },
    store,
    room,
    qa,
    reactions,
    stream,
    token,
    isPresenterMachine,
    resultsDir,
    info,
    setAddress: (host, port) => {
      urls = joinUrls(host, port)
      hosts = hostCheck({ bound: host })
    },
    close: async () => {
      stopFeed()
      reactionApi.stop()
      stream.close()
      await store.close()
    },
  }
}
