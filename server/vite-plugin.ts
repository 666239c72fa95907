/**
 * Runs the poll server inside `slidev` (dev and workshop mode): the same core as `npm run serve`,
 * mounted as Vite middleware ahead of Slidev's own, behind the access gate (README "Security
 * model"). Options come from the environment `npm run workshop` sets.
 */
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Plugin } from 'vite'
import type { PollServer } from './poll-server.ts'
import { resolve } from 'node:path'
import process from 'node:process'
import { createPollServer } from './poll-server.ts'
import { applyTimeouts } from './request-timeouts.ts'
import { printBanner } from './terminal-banner.ts'

export function pollsPlugin(): Plugin {
  let core: PollServer | undefined
  return {
    name: 'workshop-polls',
    apply: 'serve',
    enforce: 'pre',
    async configureServer(server) {
      // Slidev restarts its server in-process when config changes: release the previous log first.
      await core?.close()
      const root = server.config.root
      const env = process.env
      core = await createPollServer({
        slidesPath: resolve(root, 'slides.md'),
        resultsDir: env.POLLS_RESULTS_DIR ?? resolve(root, 'results'),
        shareDeck: env.POLLS_SHARE_DECK === '1',
        newParticipantsPerMinute: env.POLLS_NEW_PARTICIPANTS_PER_MINUTE ? Number(env.POLLS_NEW_PARTICIPANTS_PER_MINUTE) : undefined,
      })
      const polls = core
      server.middlewares.use(polls.handle)
      // Vite's websocket (hot updates, Slidev's shared state, Monaco file writes) is for the deck:
      // other devices get it only when the deck is shared with them.
      server.httpServer?.prependListener('upgrade', (req: IncomingMessage, socket: Duplex) => {
        if (env.POLLS_SHARE_DECK !== '1' && !polls.isPresenterMachine(req)) {
          socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
          socket.destroy()
        }
      })
      if (server.httpServer && 'requestTimeout' in server.httpServer)
        applyTimeouts(server.httpServer)
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address() as AddressInfo | null
        if (!address)
          return
        const host = typeof server.config.server.host === 'string'
          ? server.config.server.host
          : server.config.server.host ? '0.0.0.0' : '127.0.0.1'
        polls.setAddress(host, address.port)
        if (env.POLLS_QUIET !== '1')
          printBanner(polls, address.port, { shareDeck: env.POLLS_SHARE_DECK === '1', workshop: true })
      })
      server.httpServer?.once('close', () => void polls.close())
    },
  }
}
