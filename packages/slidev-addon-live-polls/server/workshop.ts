/**
 * `live-polls workshop [slides.md]`: presents a deck with `slidev` on the LAN, with live polls.
 * The presenter token is made here and handed to slidev through the environment, so it survives
 * Slidev's in-process restarts and never lands in a file. Slidev runs as its own node process in
 * its own process group, so stopping the workshop stops everything it started.
 * This launcher owns the terminal: the banner once Slidev answers (below Slidev's own lines),
 * "Ready" once the deck is compiled and its first page served, and on stop what the log holds.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { PollDeclarationError } from '../core/polls/load-from-deck.ts'
import { CommandError, exitWith, listenErrorMessage } from '../node/cli/fail.ts'
import { parseCommandLine } from '../node/cli/options.ts'
import { loadPollsFromDeck } from '../node/deck-source.ts'
import { probeOrigin, waitForFirstPage } from './first-page.ts'
import { joinUrls } from './network.ts'
import { ParticipantIds } from './participant-ids.ts'
import { presenterToken } from './presenter-token.ts'
import { archiveResults, assertWritableResults, displayPath } from './results-dir.ts'
import { savedResults } from './saved-results.ts'
import { SESSION_OPTIONS } from './session-options.ts'
import { onStop } from './shutdown.ts'
import { createOutputFilter } from './slidev-output.ts'
import { PREPARING_LINE, printBanner, readyLine, stopSummary } from './terminal-banner.ts'

const options = parseCommandLine({
  command: 'live-polls workshop',
  summary: 'Presents a deck with Slidev on the classroom network, with live polls: prints the presenter view\'s and the projector window\'s addresses (this laptop only), the join address and its QR code.',
  argument: { name: '<slides.md>', default: 'slides.md', help: 'the deck\'s Markdown entry' },
  options: SESSION_OPTIONS,
  notes: ['Stop with Ctrl-C: the votes are already on disk; it says how many and where.'],
})

/** How long Slidev gets to close its log before it is killed. */
const STOP_GRACE_MS = 5000

async function main(): Promise<void> {
  // Refuse to start on a bad declaration or an unusable port, before Slidev's own output buries the message.
  const entry = resolve(options.argument)
  const polls = await loadPollsFromDeck(entry)
  const resultsDir = resolve(options.results)
  assertWritableResults(resultsDir)
  await assertPortFree(options.host, options.port)
  if (options.fresh) {
    const archived = archiveResults(resultsDir)
    console.log(archived ? `Previous votes archived to ${displayPath(archived)}; this session starts empty.` : 'No previous votes: this session starts empty.')
  }
  // The key that signs phones' ids: made (or found damaged) here, where the message is not lost in Slidev's output.
  ParticipantIds.inFolder(resultsDir)
  const token = presenterToken()
  const slidev = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin/slidev.mjs')
  const child = spawn(process.execPath, [slidev, entry, '--remote', '--bind', options.host, '--port', String(options.port), '--open=false'], {
    // Its own process group (stopped as one), and no terminal input: a background group reading it would be suspended.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PRESENTER_TOKEN: token,
      POLLS_WORKSHOP: '1',
      POLLS_RESULTS_DIR: resultsDir,
      POLLS_NEW_PARTICIPANTS_PER_MINUTE: String(options['new-participants-per-minute']),
      POLLS_ROOM_SIZE: String(options['room-size']),
      ...(options['share-deck'] ? { POLLS_SHARE_DECK: '1' } : {}),
      ...(options['presenter-address'] ? { POLLS_PRESENTER_ADDRESSES: options['presenter-address'] } : {}),
    },
  })
  child.stdout!.setEncoding('utf8').on('data', createOutputFilter(text => process.stdout.write(text)))
  child.stderr!.setEncoding('utf8').on('data', createOutputFilter(text => process.stderr.write(text)))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  const probing = new AbortController()
  if (process.env.POLLS_QUIET !== '1') {
    waitForFirstPage(probeOrigin(options.host, options.port, options['presenter-address']), {
      signal: probing.signal,
      onPage: () => {
        printBanner({
          polls: polls.length,
          resultsDir,
          saved: savedResults(resultsDir),
          roomSize: options['room-size'],
          token,
          port: options.port,
          host: options.host,
          joinUrls: joinUrls(options.host, options.port),
          shareDeck: options['share-deck'],
          workshop: true,
        })
        console.log(PREPARING_LINE)
      },
      onWaiting: reason => console.log(`  Not ready yet: ${reason}`),
    }).then(() => console.log(readyLine(process.uptime())), () => {})
  }
  onStop(async () => {
    probing.abort()
    await stopGroup(child)
    console.log(stopSummary(resultsDir))
  })
}

/** SIGTERM to Slidev's whole group (the poll log closes on it), SIGKILL if it is still there after the grace time. */
function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid)
      return done()
    child.removeAllListeners('exit')
    const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), STOP_GRACE_MS)
    child.once('exit', () => {
      clearTimeout(timer)
      // Anything else Slidev started goes with it.
      killGroup(child.pid!, 'SIGKILL')
      done()
    })
    killGroup(child.pid, 'SIGTERM')
  })
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  }
  catch {} // already gone
}

/** Slidev would quietly move to another port; the facilitator needs the one they asked for. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      fail(new CommandError(listenErrorMessage(error, host, port) ?? `Cannot listen on ${host}:${port}: ${error.message}`))
    })
    probe.listen(port, host, () => probe.close(() => done()))
  })
}

main().catch((error: Error) => {
  if (error instanceof PollDeclarationError || error instanceof CommandError)
    exitWith(error.message)
  throw error
})
