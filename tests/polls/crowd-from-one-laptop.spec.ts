import type { ClientRequest } from 'node:http'
import type { Socket } from 'node:net'
import type { RunningServer } from './poll-server.ts'
import { request } from 'node:http'
import { connect } from 'node:net'
import { expect, test } from './fixtures.ts'
import { callFrom, phoneRelay, PRESENTER_ADDRESS } from './phone.ts'
import { presenterPost, startServer, TOKEN } from './poll-server.ts'

// One laptop on the classroom network holds many addresses (here: loopback 127.0.x.y, which the
// server is told are not the presenter's machine) and tries to act as a crowd.
const presenterOnly = { POLLS_PRESENTER_ADDRESSES: PRESENTER_ADDRESS }

/** Opens an event stream from `from`; resolves to its status, keeping it open until `close`. */
function openStream(port: number, from: string, path = '/api/stream', headers: Record<string, string> = {}): Promise<{ status: number, req: ClientRequest }> {
  return new Promise((resolve) => {
    const req = request({ host: PRESENTER_ADDRESS, port, path, localAddress: from, headers, agent: false }, (res) => {
      resolve({ status: res.statusCode ?? 0, req })
      if (res.statusCode !== 200)
        res.resume()
    })
    req.on('error', () => resolve({ status: 0, req }))
    req.end()
  })
}

test.describe('a crowd from one laptop', () => {
  let server: RunningServer | undefined
  test.afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  test('takes no more participant ids than the room size, whichever addresses ask; the phone is told, the presenter warned', async ({ browser }) => {
    server = await startServer({ roomSize: 20, env: presenterOnly })
    const port = server.port
    // 31 new ids asked from each of 38 addresses: past the per-address rate, and far past the room.
    const cookies: string[] = []
    const statuses = new Map<number, number>()
    for (let a = 0; a < 38; a++) {
      const replies = await Promise.all(Array.from({ length: 31 }, () => callFrom(`127.0.9.${a + 10}`, port, 'GET', '/join')))
      for (const reply of replies) {
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
        const cookie = reply.headers['set-cookie']?.[0]
        if (cookie)
          cookies.push(cookie.split(';')[0])
      }
    }
    expect(cookies).toHaveLength(20)
    expect(statuses.get(200)).toBe(20)
    expect(statuses.get(503)! + (statuses.get(429) ?? 0)).toBe(38 * 31 - 20)
    const results = await (await fetch(`${server.url}/api/results`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as { room: { joined: number, size: number, refused: number } }
    expect(results.room).toMatchObject({ joined: 20, size: 20 })
    expect(results.room.refused).toBeGreaterThan(1000)
    expect(server.output()).toMatch(/Room full: all 20 places are taken/)

    // A real phone arriving now reads why, in plain words.
    const relay = await phoneRelay(port)
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await phone.newPage()
    await page.goto(`${relay.url}/join`)
    await expect(page.getByRole('heading', { name: 'The session is full' })).toBeVisible()
    await expect(page.getByText(/all 20 places are taken\. Please tell the facilitator/)).toBeVisible()
    await page.screenshot({ path: 'test-results/phone-room-full.png' })
    await phone.close()
    await relay.close()

    // The presenter's view says so; the projected slide does not.
    const presenter = await browser.newContext()
    const view = await presenter.newPage()
    const { polls } = await (await fetch(`${server.url}/api/polls`)).json() as { polls: { id: string, slide: number }[] }
    await presenterPost(server, `/api/polls/${polls[0].id}/open`)
    await view.goto(`${server.url}/presenter/${polls[0].slide}?poll-token=${TOKEN}`)
    await expect(view.getByRole('alert').filter({ hasText: /Room full \(20\): \d+ turned away/ }).first()).toBeVisible()
    await view.screenshot({ path: 'test-results/presenter-room-full.png' })
    const projected = await presenter.newPage()
    await projected.goto(`${server.url}/${polls[0].slide}?poll-token=${TOKEN}`)
    await expect(projected.locator('.poll-joined:visible')).toHaveText('20 joined of 20')
    await expect(projected.getByText(/Room full/)).toHaveCount(0)
    await presenter.close()
  })

  test('cannot lock the presenter or the room out of live streams by filling every slot', async () => {
    server = await startServer({ env: presenterOnly })
    const port = server.port
    // 8 streams from each of 253 addresses in one /24, and from 100 more in four others.
    const addresses = [
      ...Array.from({ length: 253 }, (_, i) => `127.0.5.${i + 1}`),
      ...Array.from({ length: 100 }, (_, i) => `127.0.${6 + (i % 4)}.${Math.floor(i / 4) + 1}`),
    ]
    const opened = (await Promise.all(addresses.flatMap(from => Array.from({ length: 8 }, () => openStream(port, from)))))
    const admitted = opened.filter(o => o.status === 200).length
    expect(admitted, 'streams without an id admitted').toBeLessThanOrEqual(5 * 64)
    try {
      // The presenter's own stream, and a phone that joined, still get theirs.
      expect((await openStream(port, PRESENTER_ADDRESS, `/api/stream?token=${TOKEN}`)).status).toBe(200)
      const join = await callFrom('127.0.3.3', port, 'GET', '/join')
      const cookie = join.headers['set-cookie']![0].split(';')[0]
      expect((await openStream(port, '127.0.3.3', '/api/stream', { Cookie: cookie })).status).toBe(200)
      // From inside the flooded subnet too.
      const neighbour = await callFrom('127.0.5.200', port, 'GET', '/join')
      expect((await openStream(port, '127.0.5.200', '/api/stream', { Cookie: neighbour.headers['set-cookie']![0].split(';')[0] })).status).toBe(200)
    }
    finally {
      opened.forEach(o => o.req.destroy())
    }
  })

  test('cannot exhaust the server\'s files with half-open connections: a phone still votes', async () => {
    // A process limited to 1,024 open files, as a default desktop session is.
    server = await startServer({ env: presenterOnly, wrap: ['prlimit', '--nofile=1024:1024', '--'] })
    expect(server.output()).toMatch(/lets the server hold 1024 open files, so at most 896 connections/)
    const port = server.port
    const silent = (from: string) => new Promise<Socket>((resolve) => {
      const socket = connect({ host: PRESENTER_ADDRESS, port, localAddress: from }, () => resolve(socket))
      socket.on('error', () => resolve(socket))
    })
    // 1,100 from one address, then 50 from each of 20 more: past the per-address cap and the total.
    const sockets = await Promise.all(Array.from({ length: 1100 }, () => silent('127.0.7.7')))
    sockets.push(...await Promise.all(Array.from({ length: 1000 }, (_, i) => silent(`127.0.8.${1 + (i % 20)}`))))
    try {
      const join = await callFrom('127.0.0.2', port, 'GET', '/join')
      expect(join.status).toBe(200)
      const cookie = join.headers['set-cookie']![0].split(';')[0]
      const { polls } = await (await fetch(`${server.url}/api/polls`)).json() as { polls: { id: string, poll: { kind: string, options?: { id: string }[] } }[] }
      const single = polls.find(p => p.poll.kind === 'single' || p.poll.kind === 'quiz')!
      await presenterPost(server, `/api/polls/${single.id}/open`)
      const vote = await callFrom('127.0.0.2', port, 'POST', `/api/polls/${single.id}/votes`, { body: JSON.stringify({ answer: single.poll.options![0].id }), headers: { Cookie: cookie } })
      expect(vote.status).toBe(200)
      // The server closed what one address held past its share, and made way for the phone.
      await new Promise(resolve => setTimeout(resolve, 300))
      expect(sockets.slice(0, 1100).filter(s => !s.destroyed && s.readyState === 'open').length).toBeLessThanOrEqual(64)
    }
    finally {
      sockets.forEach(s => s.destroy())
    }
  })

  test('answers to its own addresses only: a rebinding domain reads neither the deck nor the polls', async () => {
    server = await startServer({ env: presenterOnly })
    for (const path of ['/', '/api/polls', '/join'])
      expect((await callFrom(PRESENTER_ADDRESS, server.port, 'GET', path, { headers: { Host: `rebind.attacker.example:${server.port}` } })).status, path).toBe(421)
    expect((await callFrom(PRESENTER_ADDRESS, server.port, 'GET', '/api/polls')).status).toBe(200)
  })
})
