/**
 * The poll server's core, shared by the Slidev dev-server plugin and the standalone server:
 * load and validate the deck's polls, replay the log, and answer the HTTP contract behind the
 * access gate (README "Security model").
 */
import type { IncomingMessage } from 'node:http'
import type { Deck } from '../lib/deck/types.ts'
import type { RemoteSlide, ServerInfo } from '../lib/polls/protocol.ts'
import type { Handler } from './http-api.ts'
import type { StreamLimits } from './live-stream.ts'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { slideMinutes } from '../lib/agenda.ts'
import { readDeck } from '../lib/deck/read-deck.ts'
import { parseBlocklist } from '../lib/polls/blocklist.ts'
import { pollsOfDeck } from '../lib/polls/load-from-deck.ts'
import { accessGate } from './access-gate.ts'
import { createApiHandler } from './http-api.ts'
import { buildJoinPage } from './join/join-page.ts'
import { DEFAULT_STREAM_LIMITS, LiveStream } from './live-stream.ts'
import { joinUrls, presenterMachine } from './network.ts'
import { DEFAULT_NEW_PARTICIPANTS_PER_MINUTE, ParticipantIds } from './participant-ids.ts'
import { PollStore } from './poll-store.ts'
import { presenterToken } from './presenter-token.ts'
import { questionRoutes } from './qa-api.ts'
import { feedQuestions } from './qa-feed.ts'
import { QaStore } from './qa-store.ts'
import { createReactionRoutes } from './reaction-api.ts'
import { ReactionStore } from './reaction-store.ts'
import { remoteRoutes } from './remote/remote-api.ts'
import { buildRemotePage } from './remote/remote-page.ts'
import { assertWritableResults } from './results-dir.ts'

export interface PollServerOptions {
  slidesPath?: string
  resultsDir?: string
  token?: string
  /** Addresses of the presenter's machine (default: loopback). */
  presenterAddresses?: string
  /** Serve the deck to every address, not only /join and the participant API. */
  shareDeck?: boolean
  /** New participant ids per client address per minute. */
  newParticipantsPerMinute?: number
  streamLimits?: Partial<StreamLimits>
}

export interface PollServer {
  /** Mount first: refuses what other addresses may not reach, then answers the poll API. */
  handle: Handler
  store: PollStore
  /** The room's questions, in the same log. */
  qa: QaStore
  reactions: ReactionStore
  stream: LiveStream
  token: string
  isPresenterMachine: (req: IncomingMessage) => boolean
  /** Absolute path of the folder holding the vote log. */
  resultsDir: string
  /** Call once the HTTP server listens, so the slide's QR code shows a reachable address. */
  setAddress: (host: string, port: number) => void
  info: () => ServerInfo
  close: () => Promise<void>
}

/** What the phone remote shows of each slide, with where it sits in the planned time. */
function remoteSlides(slides: Deck['slides']): RemoteSlide[] {
  let startsAt = 0
  return slides.map((s) => {
    const minutes = slideMinutes(s.frontmatter)
    const slide = { no: s.no, title: s.title, notes: s.note.trim(), minutes, startsAt }
    startsAt += minutes
    return slide
  })
}

export async function createPollServer(options: PollServerOptions = {}): Promise<PollServer> {
  const slidesPath = resolve(options.slidesPath ?? 'slides.md')
  // Read once: the polls and the phone remote's slides come from the same parse.
  const deck = await readDeck(basename(slidesPath), dirname(slidesPath))
  const polls = pollsOfDeck(deck)
  const resultsDir = resolve(options.resultsDir ?? 'results')
  assertWritableResults(resultsDir)
  const blocklistPath = join(dirname(slidesPath), 'polls', 'blocklist.txt')
  const store = new PollStore({
    polls,
    resultsDir,
    blocklist: existsSync(blocklistPath) ? parseBlocklist(readFileSync(blocklistPath, 'utf8')) : new Set(),
  })
  // Tell the facilitator before anything else that results may be incomplete.
  store.damage.forEach(line => console.warn(line))
  const stream = new LiveStream(store, { ...DEFAULT_STREAM_LIMITS, ...options.streamLimits })
  const token = options.token ?? presenterToken()
  const isPresenterMachine = presenterMachine(options.presenterAddresses)
  const joinPage = await buildJoinPage()
  let urls: string[] = []
  const info = (): ServerInfo => ({ polls: true, joinUrl: urls[0] ?? '/join', joinUrls: urls })
  const qa = new QaStore(store.log)
  const stopFeed = feedQuestions(qa, stream)
  const reactions = new ReactionStore(store.log)
  const reactionApi = createReactionRoutes(reactions, stream)
  const remote = remoteRoutes({
    store,
    qa,
    stream,
    page: await buildRemotePage(),
    slides: remoteSlides(deck.slides),
  })
  const gate = accessGate({ isPresenterMachine, shareDeck: options.shareDeck ?? false, token })
  const api = createApiHandler({
    store,
    stream,
    token,
    ids: ParticipantIds.inFolder(resultsDir),
    isPresenterMachine,
    newParticipantsPerMinute: options.newParticipantsPerMinute ?? DEFAULT_NEW_PARTICIPANTS_PER_MINUTE,
    info,
    joinPage: joinPage.serve,
    routes: [...questionRoutes(qa), ...reactionApi.routes, ...remote],
  })
  return {
    handle: (req, res, next) => gate(req, res, () => api(req, res, next)),
    store,
    qa,
    reactions,
    stream,
    token,
    isPresenterMachine,
    resultsDir,
    info,
    setAddress: (host, port) => {
      urls = joinUrls(host, port)
    },
    close: async () => {
      stopFeed()
      reactionApi.stop()
      stream.close()
      await store.close()
    },
  }
}
