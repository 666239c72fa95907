/**
 * `live-polls serve [dist]`: a built deck plus the live polls on the LAN.
 */
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { PollDeclarationError } from '../core/polls/load-from-deck.ts'
import { CommandError, exitWith, listenErrorMessage } from '../node/cli/fail.ts'
import { parseCommandLine } from '../node/cli/options.ts'
import { readManifest } from '../node/deck-source.ts'
import { probeOrigin, waitForFirstPage } from './first-page.ts'
import { createPollServer } from './poll-server.ts'
import { serverTimeoutOptions } from './request-timeouts.ts'
import { archiveResults, displayPath } from './results-dir.ts'
import { savedResults } from './saved-results.ts'
import { SESSION_OPTIONS } from './session-options.ts'
import { onStop } from './shutdown.ts'
import { printBanner, readyLine, stopSummary } from './terminal-banner.ts'

const options = parseCommandLine({
  command: 'live-polls serve',
  summary: 'Serves a built deck (slidev build) with live polls on the classroom network.',
  argument: { name: '<dist>', default: 'dist', help: 'the built deck' },
  options: {
    ...SESSION_OPTIONS,
    port: { ...SESSION_OPTIONS.port, help: 'port to listen on (0: any free port)' },
  },
})
const dir = options.argument

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'index.html')))
    exitWith(`No built deck in ${dir}/ (no index.html): build it first (slidev build), or name the built folder: live-polls serve <dist>.`)
  if (options.fresh) {
    const archived = archiveResults(resolve(options.results))
    if (archived)
      console.log(`Previous votes archived to ${displayPath(archived)}`)
  }
  const presenterAddresses = options['presenter-address'] ?? process.env.POLLS_PRESENTER_ADDRESSES
  // The build carries its deck (slides, polls, notes, theme): the sources need not be here.
  const { deck, theme, blocklist } = readManifest(dir)
  const polls = await createPollServer({
    mode: 'serve',
    root: dir,
    deck,
    // The deck's own paths (private folders, the blocklist) are taken from where the command runs.
    deckRoot: '.',
    theme,
    blocklist,
    resultsDir: options.results,
    shareDeck: options['share-deck'],
    newParticipantsPerMinute: options['new-participants-per-minute'],
    roomSize: options['room-size'],
    presenterAddresses,
  })
  const assets = sirv(dir, {
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
    console.log(`Serving ${dir}/ with live polls at http://${options.host}:${port}/`)
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
