/**
 * Only the event stream may stay open for the whole session. Every other request must send its
 * headers and its body in time, so slow-body connections cannot pile up. Node's requestTimeout
 * covers receiving the request only, so an event stream (a GET whose request is complete at
 * once) is not cut by it.
 */
import type { Server } from 'node:http'
import process from 'node:process'

export interface RequestTimeouts {
  headersMs: number
  requestMs: number
}

/** POLLS_HEADERS_TIMEOUT_MS and POLLS_REQUEST_TIMEOUT_MS override the defaults (tests use short ones). */
export function requestTimeouts(env = process.env): RequestTimeouts {
  return {
    headersMs: Number(env.POLLS_HEADERS_TIMEOUT_MS) || 10_000,
    requestMs: Number(env.POLLS_REQUEST_TIMEOUT_MS) || 20_000,
  }
}

/** Options for `http.createServer`; the check interval decides how soon a timeout is noticed. */
export function serverTimeoutOptions(timeouts = requestTimeouts()) {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
  }
}

/**
 * For a server someone else created (Vite's), before it listens: the same limits, checked as
 * often (Node reads the interval when the server starts listening; left alone it is 30 s, so a
 * 10 s limit took up to 40 s to bite).
 */
export function applyTimeouts(server: Server, timeouts = requestTimeouts()): void {
  const options = serverTimeoutOptions(timeouts)
  server.headersTimeout = options.headersTimeout
  server.requestTimeout = options.requestTimeout
  // A public property of http.Server that Node's type declarations leave out.
  Object.assign(server, { connectionsCheckingInterval: options.connectionsCheckingInterval })
}
