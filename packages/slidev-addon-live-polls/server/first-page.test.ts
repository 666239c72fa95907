import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForFirstPage } from './first-page'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const servers: ReturnType<typeof createServer>[] = []

async function serve(handler: Handler): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(() => {
  for (const server of servers.splice(0))
    server.close()
})

const PAGE = '<!doctype html><div id="app"></div><script type="module" src="/main.js"></script>'
const MODULES: Record<string, string> = {
  '/main.js': 'import { a } from "/a.js"\nimport "/style.css"\nconst later = () => import("/slide-1.js")',
  '/a.js': 'import { b } from "/b.js?v=1"\nexport const a = 1',
  '/b.js?v=1': 'export const b = "not an import: from /x.js"',
  '/style.css': 'export default ""',
  '/slide-1.js': 'import { a } from "/a.js"\nexport default a',
}

function deck(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/1')
    return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE)
  const body = MODULES[req.url!]
  if (body === undefined)
    return void res.writeHead(404).end()
  res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body)
}

describe('waitForFirstPage', () => {
  it('answers once the page and every module it loads have answered', async () => {
    const asked: string[] = []
    const origin = await serve((req, res) => {
      asked.push(req.url!)
      deck(req, res)
    })
    const first = await waitForFirstPage(origin)
    expect(first.modules).toBe(5)
    expect(asked.sort()).toEqual(['/1', ...Object.keys(MODULES)].sort())
  })

  it('does not answer while a module is still being compiled', async () => {
    let release!: () => void
    const held = new Promise<void>(resolve => release = resolve)
    let arrived!: () => void
    const reached = new Promise<void>(resolve => arrived = resolve)
    const origin = await serve((req, res) => {
      if (req.url !== '/slide-1.js')
        return deck(req, res)
      arrived()
      void held.then(() => deck(req, res))
    })
    let done = false
    const ready = waitForFirstPage(origin).then(() => done = true)
    await reached
    // Everything else has answered; the slide module is held.
    await new Promise(resolve => setImmediate(resolve))
    expect(done).toBe(false)
    release()
    await ready
    expect(done).toBe(true)
  })

  it('waits, saying why once, while the page fails, and answers when it loads', async () => {
    let broken = 2
    const origin = await serve((req, res) => {
      if (req.url === '/main.js' && broken > 0) {
        broken--
        // A built deck's missing script: the single-page fallback answers the page instead.
        return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE)
      }
      deck(req, res)
    })
    const reasons: string[] = []
    await waitForFirstPage(origin, { retryMs: 1, onWaiting: reason => reasons.push(reason) })
    expect(reasons).toEqual(['/main.js answers text/html, not a script: is the build complete?'])
  })

  it('says which page fails on the server', async () => {
    let failing = true
    const origin = await serve((req, res) => {
      if (req.url === '/1' && failing) {
        failing = false
        return void res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error: slides.md:12: unexpected token\n  at parse')
      }
      deck(req, res)
    })
    const reasons: string[] = []
    await waitForFirstPage(origin, { retryMs: 1, onWaiting: reason => reasons.push(reason) })
    expect(reasons).toEqual(['/1 answers 500: Internal error: slides.md:12: unexpected token'])
  })
})
