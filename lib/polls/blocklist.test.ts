import { describe, expect, it } from 'vitest'
import { wordKey } from './answer.ts'
import { isBlocked, parseBlocklist } from './blocklist.ts'

describe('blocklist', () => {
  const list = parseBlocklist('# comment\nDarn\n\n  heck  # inline comment\nbad phrase\n')

  it('reads one word a line, ignoring comments, case and spacing', () => {
    expect([...list]).toEqual(['darn', 'heck', 'bad phrase'])
  })

  it('holds back an entry when any of its words is listed, whatever the case or invisible characters', () => {
    expect(isBlocked(wordKey('DARN'), list)).toBe(true)
    expect(isBlocked(wordKey('what the heck!'), list)).toBe(true)
    expect(isBlocked(wordKey('he\u200Bck'), list)).toBe(true)
    expect(isBlocked(wordKey('bad phrase'), list)).toBe(true)
    expect(isBlocked(wordKey('darned good'), list)).toBe(false)
    expect(isBlocked(wordKey('freedom'), list)).toBe(false)
    expect(isBlocked('anything', new Set())).toBe(false)
  })
})
