import type { AddressInfo } from 'node:net'
import type { Target } from './raw-http.ts'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followStream, openSocket, RawConnection, requestBytes } from './raw-http.ts'

let target: Target
let close: () => void

beforeAll(async () => {
  const server = createServer((req, res) => {
    if (req.url === '/stream') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' })
      res.write('event: hello\ndata: {"n":1}\n\n')
      // Two frames in one chunk, then one split across two writes.
      res.write('event: poll\ndata: {"n":2}\n\nevent: poll\ndata: {"n":3}\n\n')
      res.write('event: poll\nda')
      setTimeout(() => res.write('ta: {"n":4}\n\n'), 20)
      return
    }
    let body = ''
    req.setEncoding('utf8').on('data', (c: string) => body += c).on('end', () => {
      if (req.url === '/chunked') {
        res.writeHead(201, { 'Set-Cookie': ['a=1; Path=/', 'b=2'] })
        res.write('first,')
        setTimeout(() => res.end(`second:${body}`), 10)
      }
      else {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ echo: body ? JSON.parse(body) : null }))
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  target = { host: '127.0.0.1', port: (server.address() as AddressInfo).port }
  close = () => server.close()
})
afterAll(() => close())

describe('raw HTTP client of the phone crowd', () => {
  it('reads sized and chunked responses one after another on one keep-alive connection', async () => {
    const connection = new RawConnection(await openSocket(target, '127.0.0.1'))
    let sent = false
    const sized = await connection.send(requestBytes(target, 'POST', '/sized', {}, { answer: 'é' }), () => sent = true)
    expect(sent).toBe(true)
    expect(sized.status).toBe(200)
    expect(JSON.parse(sized.body)).toEqual({ echo: { answer: 'é' } })
    const chunked = await connection.send(requestBytes(target, 'POST', '/chunked', {}, { x: 1 }))
    expect(chunked.status).toBe(201)
    expect(chunked.headers.get('set-cookie')).toEqual(['a=1; Path=/', 'b=2'])
    expect(chunked.body).toBe('first,second:{"x":1}')
    await expect(connection.send(requestBytes(target, 'GET', '/again'))).resolves.toMatchObject({ status: 200 })
    connection.close()
  })

  it('refuses a second request while one is waiting', async () => {
    const connection = new RawConnection(await openSocket(target))
    const first = connection.send(requestBytes(target, 'GET', '/sized'))
    await expect(connection.send(requestBytes(target, 'GET', '/sized'))).rejects.toThrow(/one request at a time/)
    await first
    connection.close()
  })

  it('splits an event stream into its events, across chunk and write boundaries', async () => {
    const events: string[] = []
    const socket = await followStream(target, '/stream', {}, undefined, (event, data) => events.push(`${event} ${data}`))
    await expect.poll(() => events.length).toBe(4)
    expect(events).toEqual(['hello {"n":1}', 'poll {"n":2}', 'poll {"n":3}', 'poll {"n":4}'])
    socket.destroy()
  })
})
