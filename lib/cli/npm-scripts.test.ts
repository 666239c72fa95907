import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeArgsFor } from './npm-scripts.ts'

function project(scripts: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'npm-scripts-'))
  writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts }))
  return root
}

describe('nodeArgsFor', () => {
  it('gives the flags and launcher between node and the entry', () => {
    const root = project({ serve: 'node --max-semi-space-size=16 server/run-bundled.mjs server/serve.ts' })
    expect(nodeArgsFor('server/serve.ts', root)).toEqual(['--max-semi-space-size=16', 'server/run-bundled.mjs'])
  })

  it('runs tsx scripts, and entries no script names, with the tsx loader', () => {
    const root = project({ handouts: 'tsx scripts/build-handouts.ts' })
    expect(nodeArgsFor('scripts/build-handouts.ts', root)).toEqual(['--import', 'tsx'])
    expect(nodeArgsFor('scripts/serve-dist.ts', root)).toEqual(['--import', 'tsx'])
  })

  it('refuses a script it cannot start without npm', () => {
    const root = project({ serve: 'npm run build && node server/serve.ts' })
    expect(() => nodeArgsFor('server/serve.ts', root)).toThrow(/neither/)
  })

  it('reads this project\'s own scripts', () => {
    expect(nodeArgsFor('server/serve.ts')).toContain('server/run-bundled.mjs')
  })
})
