/**
 * Runs the poll server inside `slidev` (dev, workshop and export): the same core as `npm run serve`,
 * mounted as Vite middleware ahead of Slidev's own, behind the access gate (README "Security
 * model").
 *
 * Which results, which banner and what other devices reach, from the environment the launcher sets:
 * - workshop (`POLLS_WORKSHOP=1`, `npm run workshop`): `POLLS_RESULTS_DIR` (the launcher prints the banner);
 *   `POLLS_SHARE_DECK`, `POLLS_NEW_PARTICIPANTS_PER_MINUTE`, `POLLS_ROOM_SIZE`, `POLLS_PRESENTER_ADDRESSES`;
 * - export (`POLLS_QUIET=1`, set by the export with its own results folder): nothing printed;
 * - dev (`npm run dev`, rehearsing on this laptop): `results/dev/`, so rehearsal votes never
 *   reach the workshop's log, and one line saying that phones need `npm run workshop`.
 */
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Connect, Plugin } from 'vite'
import type { LiveDeck } from '../core/deck.ts'
import type { PollServer, PollServerOptions } from './poll-server.ts'
import { resolve } from 'node:path'
import process from 'node:process'
import { CommandError } from '../node/cli/fail.ts'
import { loadTheme, MANIFEST_PATH, manifestJson, readBlocklist } from '../node/deck-source.ts'
import { FS_DENY } from './fs-deny.ts'
import { createPollServer } from './poll-server.ts'
import { STOP_SIGNALS } from './shutdown.ts'
import { resultsLine } from './terminal-banner.ts'

let current: PollServer | undefined
let stopHooked = false

/** In workshop mode the launcher stops Slidev with a signal: close the log before exiting. */
function closeLogOnStop(): void {
  if (stopHooked)
    return
  stopHooked = true
  for (const signal of STOP_SIGNALS) {
    process.once(signal, () => {
      void (current?.close() ?? Promise.resolve()).finally(() => process.exit(0))
    })
  }
}

/**
 * In workshop mode a server that cannot start (a full disk, a damaged participant key) says why
 * in one sentence and stops, instead of a stack trace inside Slidev's output.
 */
async function startPolls(workshop: boolean, options: PollServerOptions): Promise<PollServer> {
  try {
    return await createPollServer(options)
  }
  catch (error) {
    if (!workshop || !(error instanceof CommandError))
      throw error
    console.error(error.message)
    process.exit(1)
  }
}

export interface PollsPluginOptions {
  /** The deck as Slidev loaded it (its preparser run): slides, notes, headmatter. */
  deck: LiveDeck
  /** The deck's folder: results go under it unless the launcher says otherwise. */
  userRoot: string
}

/**
 * `slidev build`: the deck and its theme go beside the built deck (node/deck-source.ts,
 * MANIFEST_PATH), so `live-polls serve` runs the same polls without the sources.
 */
export function manifestPlugin({ deck, userRoot }: PollsPluginOptions): Plugin {
  return {
    name: 'live-polls:manifest',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_PATH, source: manifestJson({ deck, theme: await loadTheme(deck, userRoot), blocklist: readBlocklist(deck, userRoot) }) })
    },
  }
}

export function pollsPlugin({ deck, userRoot }: PollsPluginOptions): Plugin {
  return {
    name: 'live-polls',
    apply: 'serve',
    enforce: 'pre',
    config: () => ({
      server: {
        // Vite's default lets pages on any localhost port read every file it serves (the deck's
        // sources, the websocket token in /@vite/client) and send it JSON: nothing here is for
        // other origins.
        cors: false,
        // Vite's own defaults plus ours (a list here replaces Vite's, so it repeats them).
        fs: { deny: FS_DENY },
      },
    }),
    async configureServer(server) {
      // Slidev restarts its server in-process when config changes: release the previous log first.
      await current?.close()
      const root = userRoot
      const env = process.env
      const workshop = env.POLLS_WORKSHOP === '1'
      const quiet = env.POLLS_QUIET === '1'
      const shareDeck = env.POLLS_SHARE_DECK === '1'
      current = await startPolls(workshop, {
        mode: workshop ? 'workshop' : 'dev',
        root,
        deck,
        deckRoot: userRoot,
        theme: await loadTheme(deck, userRoot),
        blocklist: readBlocklist(deck, userRoot),
        resultsDir: env.POLLS_RESULTS_DIR ?? resolve(root, workshop ? 'results' : 'results/dev'),
        shareDeck,
        newParticipantsPerMinute: env.POLLS_NEW_PARTICIPANTS_PER_MINUTE ? Number(env.POLLS_NEW_PARTICIPANTS_PER_MINUTE) : undefined,
        roomSize: env.POLLS_ROOM_SIZE ? Number(env.POLLS_ROOM_SIZE) : undefined,
      })
      const polls = current
      if (workshop)
        closeLogOnStop()
      // First in the stack, ahead of every middleware Slidev and its other plugins add (whatever
      // the order Slidev loads plugins in): the access gate sees every request before they do.
      server.middlewares.stack.unshift({ route: '', handle: polls.handle as Connect.NextHandleFunction })
      // Vite's websocket (hot updates, Slidev's shared state, Monaco file writes) is for the deck:
      // pages of other origins never get it, and other devices only when the deck is shared with them.
      server.httpServer?.prependListener('upgrade', (req: IncomingMessage, socket: Duplex) => {
        const refused = polls.upgradeRefusal(req)
        if (refused) {
          socket.end(`HTTP/1.1 ${refused}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
          socket.destroy()
        }
      })
      if (server.httpServer && 'requestTimeout' in server.httpServer)
        polls.guard(server.httpServer)
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address() as AddressInfo | null
        if (!address)
          return
        const host = typeof server.config.server.host === 'string'
          ? server.config.server.host
          : server.config.server.host ? '0.0.0.0' : '127.0.0.1'
        polls.setAddress(host, address.port)
        // The workshop's launcher (server/workshop.ts) prints its banner once the deck answers.
        if (quiet || workshop)
          return
        console.log(`\n  Live polls on this machine only (rehearsal). ${resultsLine(polls.resultsDir, false)}\n  For phones on the classroom network, run npm run workshop instead.\n`)
      })
      server.httpServer?.once('close', () => void polls.close())
    },
  }
}
