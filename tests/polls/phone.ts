/**
 * Plays a phone on the classroom network without a LAN: requests leave from 127.0.0.2 (a loopback
 * address the server is told is not the presenter's machine), either one by one or through a relay
 * that a real browser can open directly.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Server } from 'node:net'
import { Buffer } from 'node:buffer'
import { request } from 'node:http'
import { connect, createServer } from 'node:net'

export const PHONE_ADDRESS = '127.0.0.2'
export const PRESENTER_ADDRESS = '127.0.0.1'

export interface Reply { status: number, headers: IncomingHttpHeaders, text: string }

/** One request to the server on 127.0.0.1:`port`, sent from `from`. */
export function callFrom(from: string, port: number, method: string, path: string, options: { body?: string, headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { ...(options.body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(options.body)) } : {}), ...options.headers }
    const req = request({ host: PRESENTER_ADDRESS, port, method, path, localAddress: from, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => text += c).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/**
 * A TCP relay on 127.0.0.3 whose connections reach the server from 127.0.0.2: a browser opening
 * http://127.0.0.3:<relay port>/join is, to the server, a phone.
 */
export async function phoneRelay(serverPort: number): Promise<{ url: string, close: () => Promise<void> }> {
  const relay: Server = createServer((client) => {
    const upstream = connect({ host: PRESENTER_ADDRESS, port: serverPort, localAddress: PHONE_ADDRESS })
    client.pipe(upstream).pipe(client)
    const end = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
  })
  await new Promise<void>(resolve => relay.listen(0, '127.0.0.3', resolve))
  const { port } = relay.address() as { port: number }
  return {
    url: `http://127.0.0.3:${port}`,
    close: () => new Promise(resolve => relay.close(() => resolve())),
  }
}
