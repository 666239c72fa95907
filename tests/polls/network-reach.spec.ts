import type { RunningServer } from './poll-server.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { callFrom, PHONE_ADDRESS, PRESENTER_ADDRESS } from './phone.ts'
import { fakeBuild, startServer, TOKEN } from './poll-server.ts'

// `npm run serve` on loopback; 127.0.0.2 plays a phone, only 127.0.0.1 is the presenter's machine.

/** A built deck small enough to make here: a page and a facilitator guide. */
async function fakeDist(): Promise<string> {
  const dir = await fakeBuild('<!doctype html><title>deck</title><p>the deck</p>')
  mkdirSync(join(dir, 'handouts'))
  writeFileSync(join(dir, 'handouts', 'facilitator-guide.html'), '<p>every answer</p>')
  writeFileSync(join(dir, 'handouts', 'participant-handout.html'), '<p>for everyone</p>')
  return dir
}

test.describe('what the classroom network reaches in serve mode', () => {
  let server: RunningServer | undefined
  test.afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  test('a phone reaches /join and the participant API only; --share-deck adds the deck but never the facilitator guide', async () => {
    const dist = await fakeDist()
    const env = { POLLS_PRESENTER_ADDRESSES: PRESENTER_ADDRESS }
    server = await startServer({ dist, env })
    const phone = (path: string) => callFrom(PHONE_ADDRESS, server!.port, 'GET', path)
    for (const path of ['/', '/1', '/handouts/participant-handout.html', '/handouts/facilitator-guide.html']) {
      const res = await phone(path)
      expect(res.status, path).toBe(403)
      expect(res.text, path).toContain('href="/join"')
    }
    for (const path of ['/join', '/api/info', '/api/polls'])
      expect((await phone(path)).status, path).toBe(200)
    expect((await callFrom(PRESENTER_ADDRESS, server.port, 'GET', '/')).text).toContain('the deck')
    await server.stop()

    server = await startServer({ dist, args: ['--share-deck'], env })
    expect((await phone('/')).text).toContain('the deck')
    expect((await phone('/handouts/participant-handout.html')).status).toBe(200)
    expect((await phone('/handouts/facilitator-guide.html')).status).toBe(403)
    expect((await phone('/api/results')).status).toBe(403)
    expect((await callFrom(PHONE_ADDRESS, server.port, 'GET', '/api/results', { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(403)
  })

  test('only the event stream stays open: slow headers and slow bodies are cut off', async () => {
    server = await startServer({ env: { POLLS_HEADERS_TIMEOUT_MS: '1500', POLLS_REQUEST_TIMEOUT_MS: '3000' } })
    const closedWithin = (send: string, ms: number) => new Promise<{ closed: boolean, reply: string }>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: server!.port })
      let reply = ''
      socket.setEncoding('utf8').on('data', (d: string) => reply += d)
      socket.on('connect', () => socket.write(send))
      const timer = setTimeout(() => {
        socket.destroy()
        resolve({ closed: false, reply })
      }, ms)
      socket.on('close', () => {
        clearTimeout(timer)
        resolve({ closed: true, reply })
      })
    })
    const cookie = (await fetch(`${server.url}/join`)).headers.getSetCookie()[0].split(';')[0]
    const [slowHeaders, slowBody, stream] = await Promise.all([
      closedWithin('POST /api/polls/knowledge-osaid-before/votes HTTP/1.1\r\nHost: 127.0.0.1\r\n', 8000),
      closedWithin(`POST /api/polls/knowledge-osaid-before/votes HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ans`, 8000),
      closedWithin('GET /api/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 8000),
    ])
    expect(slowHeaders.closed).toBe(true)
    expect(slowBody.closed).toBe(true)
    expect(slowBody.reply).toMatch(/^HTTP\/1\.1 408/)
    expect(stream.closed, 'the event stream outlives every request timeout').toBe(false)
    expect(stream.reply).toContain('event: hello')
  })
})
