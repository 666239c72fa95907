import type { AddressInfo, Socket } from 'node:net'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { connectionLimits, fileLimitWarning, guardConnections, openFileLimit } from './connection-guard.ts'

/** Opens `n` connections from `from` that never send a request; resolves to those still open after a moment. */
async function halfOpen(port: number, from: string, n: number): Promise<Socket[]> {
  const sockets = await Promise.all(Array.from({ length: n }, () => new Promise<Socket>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: from }, () => resolve(socket))
    socket.on('error', () => resolve(socket))
  })))
  await new Promise(resolve => setTimeout(resolve, 200))
  return sockets.filter(s => !s.destroyed && s.readyState === 'open')
}

describe('connection guard', () => {
  it('closes connections past the cap from one address, and leaves other addresses and the exempt one alone', async () => {
    const server = createServer((_req, res) => res.end('ok'))
    const guard = guardConnections(server, { perAddress: 5, total: 100 }, address => address === '127.0.0.1')
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const flood = await halfOpen(port, '127.0.0.9', 12)
    // The server closed the extra ones: only the cap's worth are still counted.
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(guard.open('127.0.0.9')).toBe(5)
    const other = await halfOpen(port, '127.0.0.10', 3)
    expect(other).toHaveLength(3)
    await halfOpen(port, '127.0.0.1', 8)
    expect(guard.open('127.0.0.1')).toBe(8)
    // A real request from another address still gets through.
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok')
    flood.concat(other).forEach(s => s.destroy())
    server.closeAllConnections()
    server.close()
  })

  it('at the total, makes way for a new connection by closing the longest-idle one, never one with a request in flight', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/stream') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' })
        res.write('\n')
        return
      }
      res.end('ok')
    })
    const guard = guardConnections(server, { perAddress: 100, total: 6 })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    // A live stream, held open for the whole test.
    const stream = await new Promise<Socket>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => socket.write('GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'))
      socket.once('data', () => resolve(socket))
    })
    // Five connections that never send anything fill the rest.
    const silent = await halfOpen(port, '127.0.0.11', 5)
    expect(silent).toHaveLength(5)
    // A real request still gets through, pushing out the oldest silent one.
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok')
    expect(guard.evicted()).toBe(1)
    // Each newcomer pushes out the one that has been idle longest, never the stream.
    const later = await halfOpen(port, '127.0.0.12', 3)
    expect(later).toHaveLength(3)
    expect(guard.evicted()).toBe(4)
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(silent.filter(s => !s.destroyed && s.readyState === 'open')).toHaveLength(1)
    expect(stream.destroyed).toBe(false)
    later.forEach(s => s.destroy())
    stream.destroy()
    silent.forEach(s => s.destroy())
    server.closeAllConnections()
    server.close()
  })

  it('keeps the total below the file limit, and warns when a room would need more', () => {
    expect(connectionLimits(64, 1024)).toEqual({ perAddress: 64, total: 896 })
    expect(connectionLimits(64, 1_000_000).total).toBe(65_536)
    expect(fileLimitWarning({ perAddress: 64, total: 896 }, 1400, 1024)).toMatch(/1024 open files, so at most 896 connections.*ulimit -n 4096/)
    expect(fileLimitWarning({ perAddress: 64, total: 896 }, 500, 1024)).toBeNull()
    expect(openFileLimit()).toBeGreaterThan(0)
  })
})
