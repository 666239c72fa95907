/**
 * Bundles join-client.ts, with the shared code it imports from lib/, into the one script /join
 * inlines. Vite (Rolldown underneath) is already the deck's build tool; its output is cached in
 * node_modules/.cache keyed by the hash of every source file it read, so a server start only
 * bundles after a change.
 */
import type { Rolldown } from 'vite'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ENTRY = fileURLToPath(new URL('./join-client.ts', import.meta.url))
// The project's own node_modules, wherever the server is started from.
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/poll-join/', import.meta.url))
const MANIFEST = join(CACHE_DIR, 'manifest.json')

interface Manifest { files: string[], key: string, script: string }

/** The hash of the files the last bundle was made from, as they are now. */
function keyOf(files: string[]): string {
  const hash = createHash('sha256')
  for (const file of files)
    hash.update(file).update(existsSync(file) ? readFileSync(file) : '')
  return hash.digest('hex')
}

export async function bundleJoinClient(): Promise<string> {
  if (existsSync(MANIFEST)) {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest
    if (keyOf(manifest.files) === manifest.key && existsSync(join(CACHE_DIR, manifest.script)))
      return readFileSync(join(CACHE_DIR, manifest.script), 'utf8')
  }
  const { build } = await import('vite')
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      modulePreload: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: 'join' },
    },
  }) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
  const chunk = (Array.isArray(output) ? output[0] : output).output.find(o => o.type === 'chunk')!
  const script = chunk.code
  const files = Object.keys(chunk.modules).filter(id => !id.startsWith('\0')).sort()
  try {
    mkdirSync(CACHE_DIR, { recursive: true })
    const name = `join-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`
    writeFileSync(join(CACHE_DIR, name), script)
    writeFileSync(MANIFEST, JSON.stringify({ files, key: keyOf(files), script: name } satisfies Manifest))
  }
  catch {
    // A read-only checkout just bundles again next time.
  }
  return script
}
