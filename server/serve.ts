/**
 * Standalone poll server for a built deck: serves dist/ plus the polls on the LAN.
 *   npm run serve -- [--port 3030] [--host 0.0.0.0] [--dir dist] [--results results] [--slides slides.md]
 *                    [--share-deck] [--new-participants-per-minute 30] [--presenter-address 127.0.0.1]
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import process from 'node:process'
import { parseArgs } from 'node:util'
import sirv from 'sirv'
import { PollDeclarationError } from '../lib/polls/load-from-deck.ts'
import { createPollServer } from './poll-server.ts'
import { serverTimeoutOptions } from './request-timeouts.ts'
import { printBanner } from './terminal-banner.ts'

const { values } = parseArgs({
  options: {
    'port': { type: 'string', default: '3030' },
    'host': { type: 'string', default: '0.0.0.0' },
    'dir': { type: 'string', default: 'dist' },
    'results': { type: 'string', default: 'results' },
    'slides': { type: 'string', default: 'slides.md' },
    'share-deck': { type: 'boolean', default: false },
    'new-participants-per-minute': { type: 'string' },
    'presenter-address': { type: 'string' },
  },
})

async function main(): Promise<void> {
  const polls = await createPollServer({
    slidesPath: values.slides,
    resultsDir: values.results,
    shareDeck: values['share-deck'],
    newParticipantsPerMinute: values['new-participants-per-minute'] ? Number(values['new-participants-per-minute']) : undefined,
    presenterAddresses: values['presenter-address'] ?? process.env.POLLS_PRESENTER_ADDRESSES,
  })
  const assets = sirv(values.dir, {
    single: true,
    dev: false,
    etag: true,
    gzip: true,
  })
  const server = createServer(serverTimeoutOptions(), (req, res) => polls.handle(req, res, () => assets(req, res)))
  server.keepAliveTimeout = 65_000
  server.listen(Number(values.port), values.host, () => {
    const { port } = server.address() as AddressInfo
    polls.setAddress(values.host, port)
    console.log(`Serving ${values.dir}/ with live polls at http://${values.host}:${port}/`)
    if (process.env.POLLS_QUIET !== '1')
      printBanner(polls, port, { shareDeck: values['share-deck'], workshop: false })
  })
  const stop = () => {
    server.close()
    void polls.close().then(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: Error) => {
  console.error(error instanceof PollDeclarationError
    ? error.message
    : error)
  process.exit(1)
})
