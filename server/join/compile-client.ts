/**
 * Turns join-client.ts into the browser script. The TypeScript compiler costs ~150 MB and seconds
 * to load, so its output is cached (node_modules/.cache, keyed by the source's hash) and the
 * compiler is only loaded when the source changed.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The project's own node_modules, wherever the server is started from.
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/poll-join/', import.meta.url))

export async function compileClient(source: string): Promise<string> {
  const key = createHash('sha256').update(source).digest('hex').slice(0, 16)
  const cached = join(CACHE_DIR, `${key}.js`)
  if (existsSync(cached))
    return readFileSync(cached, 'utf8')
  const { default: ts } = await import('typescript')
  const script = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText.replace(/^export \{\};?\s*$/m, '')
  try {
    mkdirSync(CACHE_DIR, { recursive: true })
    writeFileSync(cached, script)
  }
  catch {
    // A read-only checkout just compiles again next time.
  }
  return script
}
