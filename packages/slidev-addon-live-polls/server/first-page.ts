/**
 * When the deck is ready for its first window: the page the projector opens answers with the
 * deck's HTML, and every module that page loads answers too. Slidev's dev server compiles each
 * module on its first request, so a window opened right after start would wait through that
 * compile (seconds on a laptop, with a blank page); asking for the modules here does it before the
 * terminal says "Ready". A built deck is files on disk: its page and entry script answer at once.
 */

import { windowOrigin } from './network.ts'

/**
 * Where to ask: where the presenter's windows open, or from the presenter's own address when
 * `--presenter-address` names it (the deck answers the presenter's machine only).
 */
export function probeOrigin(host: string, port: number, presenterAddresses?: string): string {
  const presenter = presenterAddresses?.split(',').map(a => a.trim()).find(Boolean)
  return windowOrigin(presenter ?? host, port)
}

export interface FirstPageOptions {
  /** The page to ask for: the projector's. */
  path?: string
  /** Told once for each new reason the deck is not ready yet, e.g. "/1 answers 500". */
  onWaiting?: (reason: string) => void
  /** Told once, when the page itself first answers (its modules may still be compiling). */
  onPage?: () => void
  /** Pause between attempts while the server starts or the deck does not load. */
  retryMs?: number
  /** Requests in flight at once while the modules are compiled. */
  concurrency?: number
  signal?: AbortSignal
}

export interface FirstPage {
  /** Modules the page loads (the entry script and, on the dev server, everything it imports). */
  modules: number
  /** Time from the call until the page and its modules answered. */
  ms: number
}

/** Why one attempt failed; `quiet` reasons are part of starting up and are not reported. */
class NotReady extends Error {
  constructor(message: string, readonly quiet = false) {
    super(message)
  }
}

const MODULE_SCRIPT = /<script\s[^>]*?type=["']?module[^>]*>/gi
const SRC = /\bsrc=["']([^"']+)["']/i
/** Static and dynamic imports of the dev server's modules: always absolute paths on this server. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\/[^/"'][^"']*)["']/g

export async function waitForFirstPage(origin: string, options: FirstPageOptions = {}): Promise<FirstPage> {
  const { path = '/1', onWaiting, onPage, retryMs = 500, concurrency = 8, signal } = options
  const started = Date.now()
  const told = new Set<string>()
  let pageTold = false
  const pageAnswered = () => {
    if (!pageTold) {
      pageTold = true
      onPage?.()
    }
  }
  for (;;) {
    signal?.throwIfAborted()
    try {
      const modules = await loadPage(origin, path, concurrency, pageAnswered, signal)
      return { modules, ms: Date.now() - started }
    }
    catch (error) {
      if (!(error instanceof NotReady))
        throw error
      if (!error.quiet && !told.has(error.message)) {
        told.add(error.message)
        onWaiting?.(error.message)
      }
    }
    await new Promise(resolve => setTimeout(resolve, retryMs))
  }
}

async function get(origin: string, path: string, signal?: AbortSignal): Promise<{ type: string, text: string }> {
  let res: Response
  try {
    res = await fetch(origin + path, { signal, headers: { Accept: '*/*' } })
  }
  catch (error) {
    if (signal?.aborted)
      throw error
    // Not listening yet (or restarting): part of starting up.
    throw new NotReady(`${path} does not answer`, true)
  }
  const text = await res.text()
  // 504 is the dev server's "dependencies re-optimised, reload": the next attempt gets new ones.
  if (!res.ok)
    throw new NotReady(`${path} answers ${res.status}${res.status >= 500 && text ? `: ${firstLine(text)}` : ''}`, res.status === 504)
  return { type: res.headers.get('content-type') ?? '', text }
}

async function loadPage(origin: string, path: string, concurrency: number, pageAnswered: () => void, signal?: AbortSignal): Promise<number> {
  const page = await get(origin, path, signal)
  if (!page.type.includes('text/html'))
    throw new NotReady(`${path} answers ${page.type || 'without a content type'}, not the deck's page`)
  pageAnswered()
  const entries = [...page.text.matchAll(MODULE_SCRIPT)]
    .map(tag => SRC.exec(tag[0])?.[1])
    .filter((src): src is string => !!src && src.startsWith('/') && !src.startsWith('//'))
  if (!entries.length)
    throw new NotReady(`${path} answers a page without the deck's script`)
  const seen = new Set<string>(entries)
  const queue: string[] = []
  const scan = (text: string): void => {
    for (const [, imported] of text.matchAll(IMPORT)) {
      if (!seen.has(imported!)) {
        seen.add(imported!)
        queue.push(imported!)
      }
    }
  }
  for (const entry of entries) {
    const { type, text } = await get(origin, entry, signal)
    // A built deck whose script is missing answers the page itself (single-page fallback).
    if (!type.includes('javascript'))
      throw new NotReady(`${entry} answers ${type || 'without a content type'}, not a script: is the build complete?`)
    scan(text)
  }
  // The dev server's module graph, breadth first, a few requests at a time.
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < queue.length)
      scan((await get(origin, queue[next++]!, signal)).text)
  }
  // A worker that finds the queue empty stops while others may still add to it: run until none is left.
  while (next < queue.length)
    await Promise.all(Array.from({ length: concurrency }, worker))
  return seen.size
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 160)
}
