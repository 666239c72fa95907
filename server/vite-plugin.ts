/**
 * Runs the poll server inside `slidev` (dev and workshop mode): the same core as `npm run serve`,
 * mounted as Vite middleware ahead of Slidev's own, with Slidev's LAN-unsafe endpoints locked to
 * this machine.
 */
import type { AddressInfo } from 'node:net'
import type { Plugin } from 'vite'
import type { PollServer } from './poll-server.ts'
import { resolve } from 'node:path'
import process from 'node:process'
import { lanLockdown } from './lan-lockdown.ts'
import { createPollServer } from './poll-server.ts'
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
      core = await createPollServer({
        slidesPath: resolve(root, 'slides.md'),
        resultsDir: process.env.POLLS_RESULTS_DIR ?? resolve(root, 'results'),
      })
      const polls = core
      server.middlewares.use(lanLockdown)
      server.middlewares.use(polls.handle)
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address() as AddressInfo | null
        if (!address)
          return
        const host = typeof server.config.server.host === 'string'
          ? server.config.server.host
          : server.config.server.host ? '0.0.0.0' : '127.0.0.1'
        polls.setAddress(host, address.port)
        if (process.env.POLLS_QUIET !== '1')
          printBanner(polls, address.port)
      })
      server.httpServer?.once('close', () => void polls.close())
    },
  }
}
