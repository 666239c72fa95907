/**
 * In a classroom, every phone on the Wi-Fi can reach the dev server. Slidev's dev server has
 * endpoints that write slide files, post shared state (navigation included), serve an MCP
 * endpoint and open the editor; Vite serves any project file, results/ included. Those answer to
 * this machine only. Everything else (the deck, /join, the poll API) stays open.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Next } from './http-api.ts'
import { isLoopback } from './network.ts'

const LOCAL_ONLY = [
  /^\/__mcp(?:\/|$)/,
  /^\/__open-in-editor/,
  /^\/__inspect/,
  /^\/__slidev\//,
  /\/results\//,
]
// Shared state (navigation, drawings) is read by everyone but only written from this machine.
const LOCAL_WRITES = [/^\/@server-(?:reactive|ref)\//]

export function localOnly(req: IncomingMessage): boolean {
  let path: string
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  }
  catch {
    return true
  }
  if (LOCAL_ONLY.some(re => re.test(path)))
    return true
  return req.method !== 'GET' && req.method !== 'HEAD' && LOCAL_WRITES.some(re => re.test(path))
}

export function lanLockdown(req: IncomingMessage, res: ServerResponse, next: Next): void {
  if (isLoopback(req) || !localOnly(req))
    return next()
  res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify({ error: 'this endpoint only answers on the presenter\'s machine' }))
}
