/**
 * Bounds the sockets the server holds. A laptop on the classroom network can open connections and
 * never send a request (half-open connections), until the process runs out of file descriptors and
 * real phones fail. So: at most a few dozen connections per address (a browser opens six per
 * server), and in all a number safely below the process's file limit. Node raises the soft limit
 * to the hard one when it starts; a low hard limit gets a warning saying how to raise it.
 */
import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/** Descriptors kept free for the log, the deck's files and Vite's own work. */
const RESERVED_FILES = 128
/** A phone's browser opens at most six connections to one server; a few devices may share an address. */
export const DEFAULT_CONNECTIONS_PER_ADDRESS = 64

export interface ConnectionLimits {
  perAddress: number
  total: number
}

/** The process's limit on open files, or null where it cannot be read. */
export function openFileLimit(): number | null {
  try {
    if (existsSync('/proc/self/limits')) {
      const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find(l => l.startsWith('Max open files'))
      const soft = line?.split(/\s{2,}/)[1]
      return soft === 'unlimited' ? Number.POSITIVE_INFINITY : Number(soft) || null
    }
    // A child shell inherits this process's limits.
    const text = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim()
    return text === 'unlimited' ? Number.POSITIVE_INFINITY : Number(text) || null
  }
  catch {
    return null
  }
}

/** Limits for this process: `perAddress` as asked, the total below the file limit. */
export function connectionLimits(perAddress: number, fileLimit = openFileLimit()): ConnectionLimits {
  const total = fileLimit === null || !Number.isFinite(fileLimit) ? 16_384 : Math.max(64, fileLimit - RESERVED_FILES)
  return { perAddress, total: Math.min(total, 65_536) }
}

/** The warning to print when the file limit leaves fewer connections than the room needs, or null. */
export function fileLimitWarning(limits: ConnectionLimits, needed: number, fileLimit = openFileLimit()): string | null {
  if (limits.total >= needed)
    return null
  return `This system lets the server hold ${fileLimit} open files, so at most ${limits.total} connections; a room this size may need ${needed}. Raise the limit before starting (ulimit -n ${Math.max(4096, needed + RESERVED_FILES)}).`
}

/**
 * Applies the limits to `server`: connections past the total are refused by Node itself, and past
 * `perAddress` from one address closed at once (unless `exempt`: the presenter's machine).
 */
export function guardConnections(server: Server, limits: ConnectionLimits, exempt: (address: string) => boolean = () => false): { open: (address: string) => number } {
  server.maxConnections = limits.total
  const perAddress = new Map<string, number>()
  server.prependListener('connection', (socket: Socket) => {
    const address = (socket.remoteAddress ?? '').replace(/^::ffff:/, '')
    const count = (perAddress.get(address) ?? 0) + 1
    if (count > limits.perAddress && !exempt(address)) {
      socket.destroy()
      return
    }
    perAddress.set(address, count)
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1
      if (left > 0)
        perAddress.set(address, left)
      else
        perAddress.delete(address)
    })
  })
  return { open: address => perAddress.get(address) ?? 0 }
}
