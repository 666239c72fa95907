import { describe, expect, it } from 'vitest'
import { readPath } from './path-shape.ts'

describe('readPath', () => {
  it('decodes a plain path once, and ignores the query', () => {
    expect(readPath('/api/polls/caf%C3%A9/votes?x=../..')).toEqual({ ok: true, path: '/api/polls/café/votes' })
    expect(readPath('/node_modules/.vite/deps/vue.js')).toEqual({ ok: true, path: '/node_modules/.vite/deps/vue.js' })
    expect(readPath('/@fs/home/me/deck/slides.md')).toMatchObject({ ok: true })
  })

  it('refuses every path that the gate and the server behind it could read differently', () => {
    for (const target of [
      '/__open-in-editor/../..',
      '/@server-reactive/__proto__/answer/../../..',
      '/join/./',
      '/a//b',
      '//join',
      '/a\\b',
      '/%2e%2e/slides.md',
      '/results%2Fpolls.jsonl',
      '/a%5cb',
      '/a%00',
      '/api/polls/%E0%A4%A/votes',
      'http://example.org/join',
      '*',
    ])
      expect(readPath(target).ok, target).toBe(false)
  })
})
