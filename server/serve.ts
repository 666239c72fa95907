/**
 * Standalone poll server for a built deck: serves dist/ plus the polls on the LAN.
 *   npm run serve -- [--port 3030] [--host 0.0.0.0] [--dir dist] [--results results] [--slides slides.md]
 */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import process from 'node:process'
import { parseArgs } from 'node:util'
import sirv from 'sirv'
import { PollDeclarationError } from '../lib/polls/load-from-deck.ts'
import { createPollServer } from './poll-server.ts'
import { printBanner } from './terminal-banner.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3030' },
    host: { type: 'string', default: '0.0.0.0' },
    dir: { type: 'string', default: 'dist' },
    results: { type: 'string', default: 'results' },
    slides: { type: 'string', default: 'slides.md' },
  },
})

async function main(): Promise<void> {
  const polls = await createPollServer({ slidesPath: values.slides, resultsDir: values.results })
  const assets = sirv(values.dir, {
    single: true,
    dev: false,
    etag: true,
    gzip: true,
  })
  const server = createServer((req, res) => polls.handle(req, res, () => assets(req, res)))
  // SSE connections live for the whole session; no idle timeout should cut them.
  server.keepAliveTimeout = 65_000
  server.requestTimeout = 0
  server.listen(Number(values.port), values.host, () => {
    const { port } = server.address() as AddressInfo
    polls.setAddress(values.host, port)
    console.log(`Serving ${values.dir}/ with live polls at http://${values.host}:${port}/`)
    if (process.env.POLLS_QUIET !== '1')
      printBanner(polls, port)
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
