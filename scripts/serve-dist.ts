// Serves the built deck (dist/) as a single-page app on loopback, for tests and benchmarks.
// Usage: tsx scripts/serve-dist.ts [--port 4173] [--dir dist]
import { createServer } from 'node:http'
import process from 'node:process'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
})

const serve = sirv(values.dir, { single: true, dev: false, etag: true })
createServer((req, res) => serve(req, res)).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ at http://${values.host}:${values.port}/`)
})
process.on('SIGTERM', () => process.exit(0))
