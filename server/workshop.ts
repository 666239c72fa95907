/**
 * `npm run workshop`: presents the deck with `slidev` on the LAN, with live polls.
 *   npm run workshop -- [--port 3030] [--host 0.0.0.0] [--share-deck] [--new-participants-per-minute 30]
 *                       [--presenter-address 127.0.0.1]
 * The presenter token is made here and handed to slidev through the environment, so it survives
 * Slidev's in-process restarts and never lands in a file.
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadPollsFromDeck, PollDeclarationError } from '../lib/polls/load-from-deck.ts'
import { presenterToken } from './presenter-token.ts'

const { values } = parseArgs({
  options: {
    'port': { type: 'string', default: '3030' },
    'host': { type: 'string', default: '0.0.0.0' },
    // Phones see /join only, unless the room should follow the slides on their own screens.
    'share-deck': { type: 'boolean', default: false },
    // A room behind one NAT shows the server one address for every phone: raise this there.
    'new-participants-per-minute': { type: 'string' },
    // Which addresses are the presenter's machine (default: any loopback address).
    'presenter-address': { type: 'string' },
  },
})

// Refuse to start on a bad declaration, before Slidev's own output buries the message.
loadPollsFromDeck().then(start, (error: Error) => {
  console.error(error instanceof PollDeclarationError
    ? error.message
    : error)
  process.exit(1)
})

function start(): void {
  const child = spawn('npx', [
    'slidev',
    '--remote',
    '--bind',
    values.host,
    '--port',
    values.port,
    '--open=false',
  ], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PRESENTER_TOKEN: presenterToken(),
      POLLS_WORKSHOP: '1',
      ...(values['share-deck'] ? { POLLS_SHARE_DECK: '1' } : {}),
      ...(values['new-participants-per-minute'] ? { POLLS_NEW_PARTICIPANTS_PER_MINUTE: values['new-participants-per-minute'] } : {}),
      ...(values['presenter-address'] ? { POLLS_PRESENTER_ADDRESSES: values['presenter-address'] } : {}),
    },
  })
  child.on('exit', code => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => child.kill(signal))
}
