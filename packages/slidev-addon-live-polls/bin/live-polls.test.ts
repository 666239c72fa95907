import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'

const LAUNCHER = join(import.meta.dirname, 'live-polls.mjs')

function run(args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('live-polls', () => {
  it('runs a TypeScript entry with its arguments; each file\'s import.meta.url is its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-bundled-'))
    mkdirSync(join(dir, 'nested'))
    writeFileSync(join(dir, 'nested', 'next-to-code.txt'), 'found beside nested/read.ts')
    writeFileSync(join(dir, 'nested', 'read.ts'), `import { readFileSync } from 'node:fs'
export const beside: string = readFileSync(new URL('./next-to-code.txt', import.meta.url), 'utf8')
export const here: string = import.meta.filename
`)
    writeFileSync(join(dir, 'bundle-entry.ts'), `import process from 'node:process'
import { beside, here } from './nested/read.ts'
const args: string[] = process.argv.slice(2)
console.log(JSON.stringify({ beside, here, args, entry: import.meta.filename }))
`)
    const result = run([join(dir, 'bundle-entry.ts'), '--port', '0'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      beside: 'found beside nested/read.ts',
      here: join(dir, 'nested', 'read.ts'),
      args: ['--port', '0'],
      entry: join(dir, 'bundle-entry.ts'),
    })
  })

  it('lists its commands, and refuses an unknown one in one sentence', () => {
    expect(run([]).status).toBe(2)
    expect(run([]).stderr).toMatch(/^Usage: live-polls <command>/)
    const help = run(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/workshop {2}.*\n {2}serve/)
    const unknown = run(['present'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/^Unknown command present\./)
  })
})
