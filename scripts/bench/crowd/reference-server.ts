/**
 * The bench's reference: Node's own HTTP server doing the least a poll server could, on the same
 * CPU and with the same phones. It issues an id cookie at /join, opens an event stream with a
 * `hello`, and answers a vote with `{ ok, seq }` once its JSON body has parsed: no checks, no
 * disk, no broadcast. Whatever the poll server costs beyond these figures is its own work.
 * Prints `Serving reference at http://127.0.0.1:<port>/` once listening.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import process from 'node:process'
import { PARTICIPANT_COOKIE } from 'slidev-addon-live-polls/core/polls/protocol.ts'

let seq = 0

function answer(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/api/info') {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ reference: true }))
  }
  else if (req.url === '/join') {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': `${PARTICIPANT_COOKIE}=p-${++seq}.reference; Path=/` })
    res.end('<!doctype html><title>reference</title>')
  }
  else if (req.url?.startsWith('/api/stream')) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' })
    res.write(`event: hello\ndata: {"seq":${seq}}\n\n`)
  }
  else {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'))
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ ok: true, seq: ++seq }))
    })
  }
}

const server = createServer(answer)
// The same listen queue as `npm run serve` (server/serve.ts): otherwise the reference's cold runs
// would measure SYN retries, not the server.
server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 }, () => {
  const address = server.address()
  console.log(`Serving reference at http://127.0.0.1:${typeof address === 'object' ? address?.port : ''}/`)
})
process.on('SIGTERM', () => process.exit(0))
