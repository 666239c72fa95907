/**
 * What a refused request gets: JSON `{ error }` for the API, a short page for a browser (with a
 * link to /join where that is the way on). One look for every refusal of the gate and the API.
 */
import type { ServerResponse } from 'node:http'

export interface Refusal {
  status: number
  title: string
  /** One sentence saying why and what to do. */
  text: string
}

export function refuse(res: ServerResponse, refusal: Refusal, options: { json: boolean, joinLink?: boolean }): void {
  if (res.headersSent)
    return
  if (options.json) {
    res.writeHead(refusal.status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(JSON.stringify({ error: refusal.text }))
    return
  }
  res.writeHead(refusal.status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': 'default-src \'none\'; style-src \'unsafe-inline\'',
  })
  const link = options.joinLink === false ? '' : '<p><a href="/join">Take part in the poll at /join</a></p>'
  res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${refusal.title}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}a{font-weight:700}</style></head>
<body><h1>${refusal.title}</h1><p>${refusal.text}</p>${link}</body>
</html>
`)
}
