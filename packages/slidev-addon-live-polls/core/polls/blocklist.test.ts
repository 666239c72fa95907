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

describe('blocklist against disguised words', () => {
  const list = parseBlocklist('heck\nbad phrase\n')

  it('sees through look-alikes from other scripts, compatibility forms, accents and joiners', () => {
    for (const disguised of ['hеck', 'ｈｅｃｋ', '𝐡𝐞𝐜𝐤', 'héck', 'he\u034Fck', 'he\u{E0063}ck', 'h\u200De\u200Dck', 'HЕCK', 'bad phrаse'])
      expect(isBlocked(wordKey(disguised), list), disguised).toBe(true)
  })

  it('sees a word spelled out with spaces or dots, but not a listed word inside another', () => {
    expect(isBlocked(wordKey('h e c k'), list)).toBe(true)
    expect(isBlocked(wordKey('h.e.c.k'), list)).toBe(true)
    expect(isBlocked(wordKey('checkpoint'), list)).toBe(false)
    expect(isBlocked(wordKey('the check'), list)).toBe(false)
  })
})
