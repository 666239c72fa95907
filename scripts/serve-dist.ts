// Serves the built deck (dist/) as a single-page app on loopback, for tests and benchmarks.
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { exitWith, listenErrorMessage } from 'slidev-addon-live-polls/node/cli/fail.ts'
import { parseCommandLine } from 'slidev-addon-live-polls/node/cli/options.ts'

const options = parseCommandLine({
  command: 'tsx scripts/serve-dist.ts',
  summary: 'Serves the built deck as a static site on this machine (tests and benchmarks).',
  options: {
    port: { type: 'port', default: 4173, help: 'port to listen on (0: any free port)' },
    host: { type: 'string', default: '127.0.0.1', value: '<address>', help: 'address to listen on' },
    dir: { type: 'string', default: 'dist', value: '<folder>', help: 'the built deck' },
    id: { type: 'string', value: '<id>', help: 'sent back in an x-deck-server header, so a test knows it reached this server' },
  },
})

if (!existsSync(join(options.dir, 'index.html')))
  exitWith(`No built deck in ${options.dir}/ (no index.html): run npm run build first, or pass the built folder with --dir <folder>.`)
const serve = sirv(options.dir, { single: true, dev: false, etag: true })
const server = createServer((req, res) => {
  if (options.id)
    res.setHeader('x-deck-server', options.id)
  serve(req, res)
})
server.once('error', (error: NodeJS.ErrnoException) => exitWith(listenErrorMessage(error, options.host, options.port) ?? `Cannot serve: ${error.message}`))
server.listen(options.port, options.host, () => {
  const { port } = server.address() as AddressInfo
  console.log(`Serving ${options.dir}/ at http://${options.host}:${port}/`)
})
process.on('SIGTERM', () => process.exit(0))
