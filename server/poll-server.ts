/**
 * The poll server's core, shared by the Slidev dev-server plugin and the standalone server:
 * load and validate the deck's polls, replay the log, and answer the HTTP contract.
 */
import type { ServerInfo } from '../lib/polls/protocol.ts'
import type { Handler } from './http-api.ts'
import { basename, dirname, resolve } from 'node:path'
import { readDeck } from '../lib/deck/read-deck.ts'
import { loadPollsFromDeck } from '../lib/polls/load-from-deck.ts'
import { createApiHandler } from './http-api.ts'
import { buildJoinPage } from './join/join-page.ts'
import { LiveStream } from './live-stream.ts'
import { joinUrls } from './network.ts'
import { PollStore } from './poll-store.ts'
import { presenterToken } from './presenter-token.ts'
import { createQaHandler } from './qa-api.ts'
import { feedQuestions } from './qa-feed.ts'
import { QaStore } from './qa-store.ts'
import { createReactionHandler } from './reaction-api.ts'
import { ReactionStore } from './reaction-store.ts'
import { createRemoteHandler } from './remote/remote-api.ts'
import { buildRemotePage } from './remote/remote-page.ts'
import { assertWritableResults } from './results-dir.ts'

export interface PollServerOptions {
  slidesPath?: string
  resultsDir?: string
  token?: string
}

export interface PollServer {
  handle: Handler
  store: PollStore
  /** The room's questions, in the same log. */
  qa: QaStore
  reactions: ReactionStore
  stream: LiveStream
  token: string
  /** Absolute path of the folder holding the vote log. */
  resultsDir: string
  /** Call once the HTTP server listens, so the slide's QR code shows a reachable address. */
  setAddress: (host: string, port: number) => void
  info: () => ServerInfo
  close: () => Promise<void>
}

export async function createPollServer(options: PollServerOptions = {}): Promise<PollServer> {
  const polls = await loadPollsFromDeck(options.slidesPath)
  const resultsDir = resolve(options.resultsDir ?? 'results')
  assertWritableResults(resultsDir)
  const store = new PollStore({ polls, resultsDir })
  const stream = new LiveStream(store)
  const token = options.token ?? presenterToken()
  const joinPage = await buildJoinPage()
  let urls: string[] = []
  const info = (): ServerInfo => ({ polls: true, joinUrl: urls[0] ?? '/join', joinUrls: urls })
  const qa = new QaStore(store.log)
  const stopFeed = feedQuestions(qa, stream)
  const qaHandle = createQaHandler(qa, token)
  const reactions = new ReactionStore(store.log)
  const reactionApi = createReactionHandler(reactions, stream, token)
  const pollHandle = createApiHandler({
    store,
    stream,
    token,
    info,
    joinPage: joinPage.serve,
  })
  const entry = resolve(options.slidesPath ?? 'slides.md')
  const deck = await readDeck(basename(entry), dirname(entry))
  const remoteHandle = createRemoteHandler({
    store,
    qa,
    stream,
    token,
    page: await buildRemotePage(),
    slides: deck.slides.map(s => ({
      no: s.no,
      title: s.title,
      notes: s.note.trim(),
      minutes: typeof s.frontmatter.minutes === 'number' ? s.frontmatter.minutes : 0,
    })),
  })
  // The new channels answer their own paths and pass everything else on to the poll API.
  const chain = [qaHandle, reactionApi.handle, remoteHandle]
  const handle: Handler = (req, res, next) => {
    const step = (i: number): void => i < chain.length
      ? chain[i](req, res, () => step(i + 1))
      : pollHandle(req, res, next)
    step(0)
  }
  return {
    handle,
    store,
    qa,
    reactions,
    stream,
    token,
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
