import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// Words of the deck this addon was first written for; none belongs in code any deck runs.
const DECK_WORDS = /open-source|licence|hybrid|workshop-poll/i

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules')
      return []
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

describe('the addon', () => {
  it('holds no deck content: no words of any deck in its code, styles or tests (its README aside)', () => {
    const found = files(ROOT)
      .filter(path => !path.endsWith('.md') && path !== fileURLToPath(import.meta.url))
      .flatMap(path => readFileSync(path, 'utf8').split('\n').flatMap((line, i) => DECK_WORDS.test(line) ? [`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`] : []))
    expect(found).toEqual([])
  })
})
