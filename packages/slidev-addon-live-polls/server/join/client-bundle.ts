/**
 * Bundles a page's client script (/join's join-client.ts, /remote's remote-client.ts), with the
 * shared code it imports from lib/, into the one script the page inlines. Vite (Rolldown underneath) is already the deck's build tool; its output is cached in
 * node_modules/.cache keyed by the hash of every source file it read, so a server start only
 * bundles after a change.
 */
import type { Rolldown } from 'vite'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cacheDir as cacheFolder } from '../../node/cache-dir.ts'

const JOIN_ENTRY = fileURLToPath(new URL('./join-client.ts', import.meta.url))
const REMOTE_ENTRY = fileURLToPath(new URL('../remote/remote-client.ts', import.meta.url))

interface Manifest { files: string[], key: string, script: string }

/** The hash of the files the last bundle was made from, as they are now. */
function keyOf(files: string[]): string {
  const hash = createHash('sha256')
  for (const file of files)
    hash.update(file).update(existsSync(file) ? readFileSync(file) : '')
  return hash.digest('hex')
}

export function bundleJoinClient(): Promise<string> {
  return bundleClient(JOIN_ENTRY, 'join')
}

export function bundleRemoteClient(): Promise<string> {
  return bundleClient(REMOTE_ENTRY, 'remote')
}

async function bundleClient(entry: string, name: string): Promise<string> {
  // The project's own node_modules, wherever the server is started from.
  const cacheDir = cacheFolder(`phone-${name}`)
  const manifestPath = join(cacheDir, 'manifest.json')
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
    if (keyOf(manifest.files) === manifest.key && existsSync(join(cacheDir, manifest.script)))
      return readFileSync(join(cacheDir, manifest.script), 'utf8')
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
      lib: { entry, formats: ['es'], fileName: name },
    },
  }) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
  const chunk = (Array.isArray(output) ? output[0] : output).output.find(o => o.type === 'chunk')!
  const script = chunk.code
  const files = Object.keys(chunk.modules).filter(id => !id.startsWith('\0')).sort()
  try {
    mkdirSync(cacheDir, { recursive: true })
    const file = `${name}-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`
    writeFileSync(join(cacheDir, file), script)
    writeFileSync(manifestPath, JSON.stringify({ files, key: keyOf(files), script: file } satisfies Manifest))
  }
  catch {
    // A read-only checkout just bundles again next time.
  }
  return script
}
