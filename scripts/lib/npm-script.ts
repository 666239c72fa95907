/**
 * How package.json's npm scripts start Node, so tests and benches start a command exactly as
 * `npm run <name>` does (the same launcher, the same words) without npm's own process standing
 * between them and the server's pid: `process.execPath` followed by what this returns.
 *
 *   spawn(process.execPath, [...npmScript('serve'), '--port', '0'])
 *   spawn(process.execPath, [...npmScript('serve', { argument: 'other-dist' }), '--port', '0'])
 */
import { readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

export interface NpmScriptOptions {
  /** Replaces the script's last word when it is an argument (a deck or a folder, not an option). */
  argument?: string
  root?: string
}

export function npmScript(name: string, { argument, root = process.cwd() }: NpmScriptOptions = {}): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const script = scripts[name]
  if (!script)
    throw new Error(`package.json has no script "${name}"`)
  const [first, ...rest] = script.trim().split(/\s+/)
  if (/[&|;<>]/.test(script))
    throw new Error(`package.json runs "${name}" as "${script}", which npm alone can start`)
  if (argument !== undefined) {
    if (!rest.length || rest.at(-1)!.startsWith('-'))
      throw new Error(`"${script}" ends in no argument to replace`)
    rest[rest.length - 1] = argument
  }
  if (first === 'node')
    return rest
  if (first === 'tsx')
    return ['--import', 'tsx', ...rest]
  // A package's command: npm puts node_modules/.bin first on the PATH; its file is a Node script.
  return [realpathSync(join(root, 'node_modules', '.bin', first!)), ...rest]
}
