import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { npmScript } from './npm-script.ts'

function project(scripts: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'npm-script-'))
  writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts }))
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true })
  writeFileSync(join(root, 'cli.mjs'), '')
  symlinkSync(join(root, 'cli.mjs'), join(root, 'node_modules', '.bin', 'demo'))
  return root
}

describe('npmScript', () => {
  it('starts node scripts, tsx scripts and package commands as npm does', () => {
    const root = project({ a: 'node --max-semi-space-size=16 x.mjs', b: 'tsx scripts/b.ts', c: 'demo serve dist' })
    expect(npmScript('a', { root })).toEqual(['--max-semi-space-size=16', 'x.mjs'])
    expect(npmScript('b', { root })).toEqual(['--import', 'tsx', 'scripts/b.ts'])
    expect(npmScript('c', { root })).toEqual([join(root, 'cli.mjs'), 'serve', 'dist'])
    expect(npmScript('c', { root, argument: 'other' })).toEqual([join(root, 'cli.mjs'), 'serve', 'other'])
  })

  it('refuses what it cannot start without npm', () => {
    const root = project({ chain: 'npm run build && node x.mjs', flag: 'demo --fast' })
    expect(() => npmScript('chain', { root })).toThrow(/npm alone/)
    expect(() => npmScript('missing', { root })).toThrow(/no script/)
    expect(() => npmScript('flag', { root, argument: 'x' })).toThrow(/no argument/)
  })

  it('starts this project\'s poll server with the addon\'s command', () => {
    expect(npmScript('serve')).toEqual([expect.stringMatching(/slidev-addon-live-polls\/bin\/live-polls\.mjs$/), 'serve', 'dist'])
    expect(npmScript('workshop').slice(1)).toEqual(['workshop', 'slides.md'])
  })
})
