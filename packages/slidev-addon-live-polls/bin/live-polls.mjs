#!/usr/bin/env node
/**
 * `live-polls <command> [options]`: the addon's command line.
 *   live-polls workshop [slides.md]  present a deck with Slidev on the classroom network, with live polls
 *   live-polls serve [dist]          the built deck with live polls, without Slidev's dev server
 *   live-polls report [slides.md]    the session report from the poll server's log
 *
 * Each command is a TypeScript entry point of this package, run as one plain JavaScript file: Node
 * 20 cannot run TypeScript itself, and a loader such as tsx keeps a second V8 instance alive for its
 * hooks (about 25 MB more memory at 1,000 phones, measured with the poll bench) and maps every
 * error's stack trace through source maps (a room of phones disconnecting at once makes a thousand
 * of them). So the entry and what it imports from this package are bundled with esbuild at start
 * (under a second) and the bundle is imported in this process. Packages stay in node_modules;
 * `import.meta.url` keeps pointing at each source file, so files found next to the code still
 * resolve. Stack traces name the bundle, which is plain unminified JavaScript with the source's
 * function names. An entry given as a path (`live-polls ./entry.ts`) runs the same way.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, stop } from 'esbuild'

const COMMANDS = {
  workshop: ['../server/workshop.ts', 'present a deck with Slidev on the classroom network, with live polls'],
  serve: ['../server/serve.ts', 'the built deck with live polls, without Slidev\'s dev server'],
  report: ['../report/cli.ts', 'the session report (HTML and PDF) from the poll server\'s log'],
}
const USAGE = [
  'Usage: live-polls <command> [options]   (live-polls <command> --help for its options)',
  '',
  ...Object.entries(COMMANDS).map(([name, [, what]]) => `  ${name.padEnd(10)}${what}`),
].join('\n')

const [command] = process.argv.splice(2, 1)
if (command === '--help' || command === '-h') {
  console.log(USAGE)
  process.exit(0)
}
const known = Object.hasOwn(COMMANDS, command ?? '') ? COMMANDS[command] : undefined
if (!known && !command?.endsWith('.ts')) {
  console.error(command ? `Unknown command ${command}.\n\n${USAGE}` : USAGE)
  process.exit(2)
}
const entry = known ? fileURLToPath(new URL(known[0], import.meta.url)) : resolve(command)
const name = basename(entry, '.ts')
const cacheDir = findCacheDir()

/**
 * Bundles go to node_modules/.cache/live-polls/ of the project the command runs in (the nearest
 * folder up from here holding node_modules), else to the system's temporary folder.
 */
function findCacheDir() {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules')))
      return join(dir, 'node_modules', '.cache', 'live-polls')
    if (dirname(dir) === dir)
      return join(tmpdir(), `live-polls-${process.getuid?.() ?? 'user'}`)
  }
}

/** Replaces `import.meta.url`, `.filename` and `.dirname` with the source file's own, as text. */
const sourceLocation = {
  name: 'source-location',
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, ({ path }) => ({
      loader: 'ts',
      contents: readFileSync(path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
        .replaceAll('import.meta.filename', JSON.stringify(path))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
    }))
  },
}

/** Bundles the entry into the cache folder; resolves to the bundle's path. */
async function bundle() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: cacheDir,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [sourceLocation],
    logLevel: 'warning',
  })
  // esbuild's helper process is only needed for the build.
  await stop()

  // Named by content and renamed into place: servers started at once (tests run several) never
  // import a half-written file, and an unchanged tree reuses the same file.
  const code = result.outputFiles[0].contents
  const file = join(cacheDir, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`)
  mkdirSync(cacheDir, { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, code)
  renameSync(partial, file)
  // Bundles of older code go, once no server starting now can be about to import them (another
  // server starting at the same moment may have removed one already).
  for (const old of readdirSync(cacheDir)) {
    const path = join(cacheDir, old)
    if (!old.startsWith(`${name}-`) || path === file)
      continue
    const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > 60_000)
      rmSync(path, { force: true })
  }
  return file
}

bundle()
  .then(file => import(pathToFileURL(file).href))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
