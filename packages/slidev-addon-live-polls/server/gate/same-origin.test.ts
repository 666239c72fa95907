import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { isNavigation, provenance } from './same-origin.ts'

const request = (headers: Record<string, string>) => ({ headers: { host: '127.0.0.1:3030', ...headers } }) as unknown as IncomingMessage

describe('provenance', () => {
  it('trusts Sec-Fetch-Site first: only same-origin (or typed by the user) is this server\'s own', () => {
    expect(provenance(request({ 'sec-fetch-site': 'same-origin' }))).toBe('same-origin')
    expect(provenance(request({ 'sec-fetch-site': 'none' }))).toBe('user')
    // Another port of the same address is the same site, and still another origin.
    expect(provenance(request({ 'sec-fetch-site': 'same-site', 'origin': 'http://127.0.0.1:3030' }))).toBe('cross-origin')
    expect(provenance(request({ 'sec-fetch-site': 'cross-site' }))).toBe('cross-origin')
  })

  it('falls back to Origin, which must be this server\'s scheme, host and port', () => {
    expect(provenance(request({ origin: 'http://127.0.0.1:3030' }))).toBe('same-origin')
    for (const origin of ['http://127.0.0.1:8080', 'http://localhost:3030', 'https://127.0.0.1:3030', 'null'])
      expect(provenance(request({ origin })), origin).toBe('cross-origin')
  })

  it('takes a request with neither header for what it is: not a browser', () => {
    expect(provenance(request({}))).toBe('not-a-browser')
  })

  it('tells a page load from a script\'s request', () => {
    expect(isNavigation(request({ 'sec-fetch-mode': 'navigate' }))).toBe(true)
    expect(isNavigation(request({ 'sec-fetch-mode': 'no-cors' }))).toBe(false)
    expect(isNavigation(request({ 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }))).toBe(true)
    // A frame on another site could load /join again and again, minting ids.
    expect(isNavigation(request({ 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }))).toBe(false)
    expect(isNavigation(request({}))).toBe(true)
  })
})
