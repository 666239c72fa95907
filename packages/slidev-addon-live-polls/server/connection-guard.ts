/**
 * Bounds the sockets the server holds. A laptop on the classroom network can open connections and
 * never send a request (half-open connections), until the process runs out of file descriptors and
 * real phones fail. So: at most a few dozen connections per address (a browser opens six per
 * server), and in all a number safely below the process's file limit. At that total a new
 * connection takes the place of an idle one (nothing in flight) whose last activity is oldest
 * (when it opened, or its latest request): a real phone sends its request at once and gets in, while connections
 * held open for nothing go first. A connection with a request in flight (a vote, a live stream) is
 * never pushed out. Node raises the soft file limit to the hard one when it starts; a low hard
 * limit gets a warning saying how to raise it.
 */
import type { Server, ServerResponse } from 'node:http'
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

interface Tracked {
  address: string
  /** The connection's latest request's response: in flight until it has finished (a live stream never does). */
  res?: ServerResponse
  /** An upgraded connection (a websocket) is in use for as long as it lives. */
  upgraded: boolean
  /** When it opened, or when its latest request arrived: the idlest is the one with the oldest. */
  since: number
}

/** Nothing in flight: silent since it opened, or its last answer sent. */
function isIdle(tracked: Tracked): boolean {
  return !tracked.upgraded && (!tracked.res || tracked.res.writableFinished || tracked.res.destroyed)
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

export interface ConnectionGuard {
  /** Connections open from `address` now. */
  open: (address: string) => number
  /** Idle connections closed to make room for new ones. */
  evicted: () => number
}

/**
 * Applies the limits to `server`: past `perAddress` from one address a new connection is closed
 * at once (unless `exempt`: the presenter's machine); at the total, the longest-idle connection
 * makes way, or the new one is closed when every connection is busy.
 */
export function guardConnections(server: Server, limits: ConnectionLimits, exempt: (address: string) => boolean = () => false): ConnectionGuard {
  const sockets = new Map<Socket, Tracked>()
  const perAddress = new Map<string, number>()
  let evicted = 0

  const forget = (socket: Socket): void => {
    const tracked = sockets.get(socket)
    if (!tracked)
      return
    sockets.delete(socket)
    const left = (perAddress.get(tracked.address) ?? 1) - 1
    if (left > 0)
      perAddress.set(tracked.address, left)
    else
      perAddress.delete(tracked.address)
  }

  const evictIdlest = (): boolean => {
    let idlest: [Socket, Tracked] | undefined
    for (const entry of sockets) {
      if (isIdle(entry[1]) && (!idlest || entry[1].since < idlest[1].since))
        idlest = entry
    }
    if (!idlest)
      return false
    evicted++
    idlest[0].destroy()
    forget(idlest[0])
    return true
  }

  server.prependListener('connection', (socket: Socket) => {
    const address = (socket.remoteAddress ?? '').replace(/^::ffff:/, '')
    if ((perAddress.get(address) ?? 0) >= limits.perAddress && !exempt(address)) {
      socket.destroy()
      return
    }
    if (sockets.size >= limits.total && !evictIdlest()) {
      socket.destroy()
      return
    }
    sockets.set(socket, { address, upgraded: false, since: Date.now() })
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1)
    socket.once('close', () => forget(socket))
  })
  // No listener per request: whether a connection is busy is read off its latest response when
  // (rarely) one must make way.
  server.prependListener('request', (req, res) => {
    const tracked = sockets.get(req.socket)
    if (tracked) {
      tracked.res = res
      tracked.since = Date.now()
    }
  })
  server.prependListener('upgrade', (req) => {
    const tracked = sockets.get(req.socket)
    if (tracked)
      tracked.upgraded = true
  })
  return { open: address => perAddress.get(address) ?? 0, evicted: () => evicted }
}
