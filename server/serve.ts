/**
 * `npm run serve`: the built deck (dist/) plus the live polls on the LAN.
 */
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { CommandError, exitWith, listenErrorMessage } from '../lib/cli/fail.ts'
import { parseCommandLine } from '../lib/cli/options.ts'
import { PollDeclarationError } from '../lib/polls/load-from-deck.ts'
import { probeOrigin, waitForFirstPage } from './first-page.ts'
import { DEFAULT_NEW_PARTICIPANTS_PER_MINUTE } from './participant-ids.ts'
import { createPollServer } from './poll-server.ts'
import { serverTimeoutOptions } from './request-timeouts.ts'
import { archiveResults, displayPath } from './results-dir.ts'
import { DEFAULT_ROOM_SIZE } from './room.ts'
import { savedResults } from './saved-results.ts'
import { onStop } from './shutdown.ts'
import { printBanner, readyLine, stopSummary } from './terminal-banner.ts'

const options = parseCommandLine({
  command: 'npm run serve --',
  summary: 'Serves the built deck (npm run build) with live polls on the classroom network.',
  options: {
    'port': { type: 'port', default: 3030, help: 'port to listen on (0: any free port)' },
    'host': { type: 'string', default: '0.0.0.0', value: '<address>', help: 'address to listen on; 0.0.0.0 is every network' },
    'dir': { type: 'string', default: 'dist', value: '<folder>', help: 'the built deck' },
    'results': { type: 'string', default: 'results', value: '<folder>', help: 'where votes are logged (polls.jsonl)' },
    'fresh': { type: 'boolean', help: 'archive the previous votes into <results>/archive/ and start empty' },
    'slides': { type: 'string', default: 'slides.md', value: '<file>', help: 'the deck source the build was made from (poll slide numbers)' },
    'share-deck': { type: 'boolean', help: 'serve the slides to every device, not only /join (phones then see speaker notes and the quiz answer)' },
    'room-size': { type: 'count', default: DEFAULT_ROOM_SIZE, help: 'participant ids this session lets in, whichever address asks: the number of people in the room, with some spare' },
    'new-participants-per-minute': { type: 'count', default: DEFAULT_NEW_PARTICIPANTS_PER_MINUTE, help: 'new participant ids one address may get per minute; raise it when the whole room shares one address (NAT)' },
    'presenter-address': { type: 'string', value: '<ip,…>', help: 'addresses of the presenter\'s machine (default: any loopback address)' },
  },
})

async function main(): Promise<void> {
  if (!existsSync(join(options.dir, 'index.html')))
    exitWith(`No built deck in ${options.dir}/ (no index.html): run npm run build first, or pass the built folder with --dir <folder>.`)
  if (options.fresh) {
    const archived = archiveResults(resolve(options.results))
    if (archived)
      console.log(`Previous votes archived to ${displayPath(archived)}`)
  }
  const presenterAddresses = options['presenter-address'] ?? process.env.POLLS_PRESENTER_ADDRESSES
  const polls = await createPollServer({
    mode: 'serve',
    root: options.dir,
    slidesPath: options.slides,
    resultsDir: options.results,
    shareDeck: options['share-deck'],
    newParticipantsPerMinute: options['new-participants-per-minute'],
    roomSize: options['room-size'],
    presenterAddresses,
  })
  const assets = sirv(options.dir, {
    single: true,
    dev: false,
    etag: true,
    gzip: true,
  })
  const server = createServer(serverTimeoutOptions(), (req, res) => polls.handle(req, res, () => assets(req, res)))
  polls.guard(server)
  // SSE connections live for the whole session; no idle timeout should cut them.
  server.keepAliveTimeout = 65_000
  server.once('error', (error: NodeJS.ErrnoException) => {
    void polls.close()
    exitWith(listenErrorMessage(error, options.host, options.port) ?? `Cannot serve: ${error.message}`)
  })
  // Asks for the first page until it answers, so "Ready" is true when it is printed; stopped on stop.
  const probing = new AbortController()
  // A room of phones reconnecting at once (Wi-Fi back after a drop) must not overflow the queue of
  // connections waiting to be accepted: a dropped SYN costs that phone a one-second retry. Node's
  // default is 511; the kernel caps this at net.core.somaxconn.
  server.listen({ port: options.port, host: options.host, backlog: 2048 }, () => {
    const { port } = server.address() as AddressInfo
    polls.setAddress(options.host, port)
    console.log(`Serving ${options.dir}/ with live polls at http://${options.host}:${port}/`)
    if (process.env.POLLS_QUIET === '1')
      return
    printBanner({
      polls: polls.store.ids.length,
      resultsDir: polls.resultsDir,
      saved: savedResults(polls.resultsDir),
      roomSize: options['room-size'],
      token: polls.token,
      port,
      host: options.host,
      joinUrls: polls.info().joinUrls,
      shareDeck: options['share-deck'],
      workshop: false,
    })
    waitForFirstPage(probeOrigin(options.host, port, presenterAddresses), {
      signal: probing.signal,
      onWaiting: reason => console.log(`  Not ready yet: ${reason}`),
    }).then(() => console.log(readyLine(process.uptime())), () => {})
  })
  onStop(async () => {
    probing.abort()
    server.close()
    server.closeAllConnections()
    await polls.close()
    console.log(stopSummary(polls.resultsDir))
  })
}

main().catch((error: Error) => {
  if (error instanceof PollDeclarationError || error instanceof CommandError)
    exitWith(error.message)
  throw error
})
