/**
 * How package.json's npm scripts start Node, so tests and benches start an entry point exactly as
 * `npm run <name>` does (the same Node flags, the same launcher) without npm's own process
 * standing between them and the server's pid.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

/**
 * What goes between `node` and `entry` in the npm script that runs it: flags, and a launcher such
 * as server/run-bundled.mjs. `tsx <entry>` is Node with tsx's loader; an entry no script runs
 * (a test helper) gets the same.
 */
export function nodeArgsFor(entry: string, root = process.cwd()): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  for (const script of Object.values(scripts)) {
    const words = script.trim().split(/\s+/)
    if (words.at(-1) !== entry)
      continue
    if (words[0] === 'node')
      return words.slice(1, -1)
    if (words[0] === 'tsx' && words.length === 2)
      return ['--import', 'tsx']
    throw new Error(`package.json runs ${entry} as "${script}", which is neither "node … ${entry}" nor "tsx ${entry}"`)
  }
  return ['--import', 'tsx']
}
