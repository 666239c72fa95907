/**
 * The poll server's core, shared by the Slidev dev-server plugin and the standalone server:
 * load and validate the deck's polls, replay the log, and answer the HTTP contract.
 */
import type { ServerInfo } from '../lib/polls/protocol.ts'
import type { Handler } from './http-api.ts'
import { resolve } from 'node:path'
import { loadPollsFromDeck } from '../lib/polls/load-from-deck.ts'
import { createApiHandler } from './http-api.ts'
import { buildJoinPage } from './join/join-page.ts'
import { LiveStream } from './live-stream.ts'
import { joinUrls } from './network.ts'
import { PollStore } from './poll-store.ts'
import { presenterToken } from './presenter-token.ts'

export interface PollServerOptions {
  slidesPath?: string
  resultsDir?: string
  token?: string
}

export interface PollServer {
  handle: Handler
  store: PollStore
  stream: LiveStream
  token: string
  /** Call once the HTTP server listens, so the slide's QR code shows a reachable address. */
  setAddress: (host: string, port: number) => void
  info: () => ServerInfo
  close: () => Promise<void>
}

export async function createPollServer(options: PollServerOptions = {}): Promise<PollServer> {
  const polls = await loadPollsFromDeck(options.slidesPath)
  const store = new PollStore({
    polls,
    resultsDir: resolve(options.resultsDir ?? 'results'),
  })
  // Tell the facilitator before anything else that results may be incomplete.
  store.damage.forEach(line => console.warn(line))
  const stream = new LiveStream(store)
  const token = options.token ?? presenterToken()
  const joinPage = await buildJoinPage()
  let urls: string[] = []
  const info = (): ServerInfo => ({ polls: true, joinUrl: urls[0] ?? '/join', joinUrls: urls })
  const handle = createApiHandler({
    store,
    stream,
    token,
    info,
    joinPage: joinPage.serve,
  })
  return {
    handle,
    store,
    stream,
    token,
    info,
    setAddress: (host, port) => {
      urls = joinUrls(host, port)
    },
    close: async () => {
      stream.close()
      await store.close()
    },
  }
}
