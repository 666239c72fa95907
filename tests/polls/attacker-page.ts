/**
 * A hostile page of another origin, as a participant with a laptop (or any site the presenter
 * visits) would serve it: a tiny HTTP server on a loopback address of the test's choosing, whose
 * one page runs `script` against the workshop server and leaves what it saw in `window.attack`.
 */
import type { Server } from 'node:http'
import { createServer } from 'node:http'

export interface AttackerPage {
  url: string
  close: () => Promise<void>
}

export async function attackerPage(address: string, script: string): Promise<AttackerPage> {
  const html = `<!doctype html><meta charset="utf-8"><title>A page of another origin</title><body><script>${script}</script></body>`
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>(resolve => server.listen(0, address, resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://${address}:${port}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

/**
 * Everything such a page can try against `target` (the workshop's origin) without the token:
 * rewrite a slide file, drive the slides, act on a poll, read Vite's client (its websocket token),
 * open Vite's websocket, and mint participant ids (images and frames). Each entry says what came back.
 */
export function attackScript(target: string, slide: number): string {
  return `
window.attack = (async () => {
  const seen = {}
  const tryFetch = async (name, url, init) => {
    try {
      const res = await fetch(url, init)
      seen[name] = res.type === 'opaque' ? 'sent (opaque)' : 'read ' + res.status
    } catch (error) {
      seen[name] = 'blocked'
    }
  }
  const pwned = JSON.stringify({ content: '# Pwned\\n\\n<img src=x onerror="fetch(\\'/api/polls/knowledge-osaid-before/open\\',{method:\\'POST\\',headers:{Authorization:\\'Bearer \\'+sessionStorage.getItem(\\'poll-presenter-token\\'),\\'Content-Type\\':\\'application/json\\'}})">', note: 'pwned' })
  await tryFetch('rewrite slide (no-cors, text/plain)', '${target}/__slidev/slides/${slide}.json', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: pwned })
  await tryFetch('rewrite slide (cors, JSON)', '${target}/__slidev/slides/${slide}.json', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: pwned })
  await tryFetch('drive the slides', '${target}/@server-reactive/nav', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ source: 'x', data: { page: 2, clicks: 0 }, timestamp: Date.now() }) })
  await tryFetch('open a poll', '${target}/api/polls/knowledge-osaid-before/open', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{}' })
  await tryFetch('read the vite client', '${target}/@vite/client', {})
  await tryFetch('read the deck source', '${target}/slides.md', {})
  await tryFetch('open the editor', '${target}/__open-in-editor?file=slides.md', { mode: 'no-cors' })
  seen['vite websocket'] = await new Promise((resolve) => {
    const ws = new WebSocket('${target.replace('http', 'ws')}/', 'vite-hmr')
    ws.onopen = () => { ws.close(); resolve('open') }
    ws.onerror = () => resolve('refused')
  })
  await Promise.all(Array.from({ length: 20 }, (_, i) => new Promise((resolve) => {
    const img = new Image()
    img.onload = img.onerror = resolve
    img.src = '${target}/join?i=' + i
  })))
  await Promise.all(Array.from({ length: 10 }, (_, i) => new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.onload = frame.onerror = resolve
    frame.src = '${target}/join?frame=' + i
    document.body.append(frame)
    setTimeout(resolve, 3000)
  })))
  await tryFetch('open a live stream', '${target}/api/stream', { mode: 'no-cors' })
  return seen
})()
`
}
