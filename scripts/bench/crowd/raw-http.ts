/**
 * A lean HTTP/1.1 client for the load generator: one keep-alive TCP connection, one request at a
 * time, requests written as ready-made bytes and responses parsed just enough (status, headers,
 * Content-Length or chunked body). Node's own client spends more CPU per request than the server
 * does per vote, so with it the bench would measure the phones, not the server.
 */
import type { Socket } from 'node:net'
import { Buffer } from 'node:buffer'
import { connect } from 'node:net'

export interface Target { host: string, port: number }

export interface RawResponse {
  status: number
  headers: Map<string, string[]>
  body: string
}

const HEAD_END = Buffer.from('\r\n\r\n')

/** The bytes of one request; the body is JSON when given. */
export function requestBytes(target: Target, method: string, path: string, headers: Record<string, string> = {}, body?: object): Buffer {
  const payload = body === undefined ? '' : JSON.stringify(body)
  const lines = [`${method} ${path} HTTP/1.1`, `Host: ${target.host}:${target.port}`]
  for (const [name, value] of Object.entries(headers))
    lines.push(`${name}: ${value}`)
  if (body !== undefined)
    lines.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(payload)}`)
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${payload}`)
}

/** Opens a TCP connection from `localAddress` (each simulated phone has its own loopback address). */
export function openSocket(target: Target, localAddress?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: target.host, port: target.port, localAddress, noDelay: true })
    socket.once('connect', () => {
      socket.off('error', reject)
      resolve(socket)
    })
    socket.once('error', reject)
  })
}

/** A keep-alive connection that answers one request at a time. */
export class RawConnection {
  private buffer: Buffer = Buffer.alloc(0)
  private waiting: { resolve: (res: RawResponse) => void, reject: (error: Error) => void } | undefined

  constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk
      this.parse()
    })
    const fail = (error: Error) => {
      this.waiting?.reject(error)
      this.waiting = undefined
    }
    socket.on('error', fail)
    socket.on('close', () => fail(new Error('connection closed before the response')))
  }

  /** Writes the request; `onSent` runs right after the bytes are handed to the kernel. */
  send(bytes: Buffer, onSent?: () => void): Promise<RawResponse> {
    if (this.waiting)
      return Promise.reject(new Error('one request at a time on a RawConnection'))
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject }
      this.socket.write(bytes)
      onSent?.()
    })
  }

  close(): void {
    this.socket.destroy()
  }

  private parse(): void {
    if (!this.waiting)
      return
    const headEnd = this.buffer.indexOf(HEAD_END)
    if (headEnd < 0)
      return
    const [statusLine, ...headerLines] = this.buffer.toString('latin1', 0, headEnd).split('\r\n')
    const headers = new Map<string, string[]>()
    for (const line of headerLines) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).trim().toLowerCase()
      headers.set(name, [...headers.get(name) ?? [], line.slice(colon + 1).trim()])
    }
    const bodyStart = headEnd + HEAD_END.length
    const body = headers.get('transfer-encoding')?.[0] === 'chunked'
      ? dechunk(this.buffer, bodyStart)
      : fixedBody(this.buffer, bodyStart, Number(headers.get('content-length')?.[0] ?? 0))
    if (!body)
      return
    this.buffer = this.buffer.subarray(body.end)
    const { resolve } = this.waiting
    this.waiting = undefined
    resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body.bytes.toString('utf8') })
  }
}

function fixedBody(buffer: Buffer, start: number, length: number): { bytes: Buffer, end: number } | null {
  return buffer.length >= start + length ? { bytes: buffer.subarray(start, start + length), end: start + length } : null
}

/** A complete chunked body, or null while more bytes are due. */
function dechunk(buffer: Buffer, start: number): { bytes: Buffer, end: number } | null {
  const parts: Buffer[] = []
  let at = start
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at)
    if (lineEnd < 0)
      return null
    const size = Number.parseInt(buffer.toString('latin1', at, lineEnd), 16)
    const dataStart = lineEnd + 2
    if (buffer.length < dataStart + size + 2)
      return null
    if (size === 0)
      return { bytes: Buffer.concat(parts), end: dataStart + 2 }
    parts.push(buffer.subarray(dataStart, dataStart + size))
    at = dataStart + size + 2
  }
}

/**
 * Follows an event stream on its own connection and reports each event's name and data line. The
 * stream is chunked: chunks are joined back into text first, since a frame may span two chunks.
 */
export async function followStream(target: Target, path: string, headers: Record<string, string>, localAddress: string | undefined, onEvent: (event: string, data: string) => void): Promise<Socket> {
  const socket = await openSocket(target, localAddress)
  let raw = ''
  let text = ''
  let headerDone = false
  socket.setEncoding('latin1').on('data', (chunk: string) => {
    raw += chunk
    if (!headerDone) {
      const end = raw.indexOf('\r\n\r\n')
      if (end < 0)
        return
      const status = Number(raw.slice(9, 12))
      if (status !== 200) {
        socket.destroy(new Error(`the event stream answered ${status}`))
        return
      }
      headerDone = true
      raw = raw.slice(end + 4)
    }
    for (;;) {
      const lineEnd = raw.indexOf('\r\n')
      if (lineEnd < 0)
        break
      const size = Number.parseInt(raw.slice(0, lineEnd), 16)
      if (raw.length < lineEnd + 2 + size + 2)
        break
      // Bytes were read as latin1 so that chunk sizes count bytes; the text inside is UTF-8.
      text += Buffer.from(raw.slice(lineEnd + 2, lineEnd + 2 + size), 'latin1').toString('utf8')
      raw = raw.slice(lineEnd + 2 + size + 2)
    }
    let end = text.indexOf('\n\n')
    while (end >= 0) {
      const frame = text.slice(0, end)
      text = text.slice(end + 2)
      const name = /^event: (.+)$/m.exec(frame)?.[1]
      if (name)
        onEvent(name, /^data: (.+)$/m.exec(frame)?.[1] ?? '')
      end = text.indexOf('\n\n')
    }
  })
  socket.write(requestBytes(target, 'GET', path, { Accept: 'text/event-stream', ...headers }))
  return socket
}
