// `npm run bench`: builds, loads and exports this deck and a 12-slide reference deck (Slidev-starter
// style, 3 Mermaid diagrams, same install and fonts) in one run, and prints both with per-slide
// ratios beside the goals. It prints figures; it never fails on timing.
// Usage: tsx scripts/bench/deck.ts [--runs 3]
import type { AddressInfo } from 'node:net'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import sirv from 'sirv'
import { chromiumOrExit } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { parseCommandLine } from 'slidev-addon-live-polls/node/cli/options.ts'
import { readDeck } from '../../lib/deck/read-deck'
import { exportDeck } from '../lib/export-deck'

const { runs: RUNS } = parseCommandLine({
  command: 'npm run bench --',
  summary: 'Build, first-slide and export times of this deck beside a reference deck.',
  options: { runs: { type: 'count', default: 3, help: 'runs per figure (the best is shown)' } },
})

interface DeckFigures {
  name: string
  slides: number
  buildSeconds: number
  jsGzipBytes: number
  firstSlideSeconds: number
  exportSeconds: number
}

const DECKS = [
  { name: 'this deck', entry: 'slides.md' },
  { name: 'reference', entry: 'tests/fixtures/reference-deck/slides.md' },
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function build(entry: string, out: string): number {
  const started = performance.now()
  const result = spawnSync('npx', ['slidev', 'build', entry, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`slidev build ${entry} failed:\n${result.stderr}`)
  return (performance.now() - started) / 1000
}

/** Time from navigation start to the first slide visible, in a fresh browser context each run. */
async function firstSlideSeconds(dist: string, launch: ReturnType<typeof chromiumOrExit>): Promise<number> {
  const serve = sirv(dist, { single: true, dev: false })
  const server = createServer((req, res) => serve(req, res))
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch(launch)
  try {
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      const started = performance.now()
      await page.goto(`http://127.0.0.1:${port}/1`, { waitUntil: 'commit' })
      await page.locator('#slide-content .slidev-page-1').waitFor({ state: 'visible' })
      times.push((performance.now() - started) / 1000)
      await context.close()
    }
    return median(times)
  }
  finally {
    await browser.close()
    server.close()
  }
}

async function measure(name: string, entry: string, work: string, launch: ReturnType<typeof chromiumOrExit>): Promise<DeckFigures> {
  const dist = join(work, `${name.replace(/\W+/g, '-')}-dist`)
  const { slides } = await readDeck(entry)
  console.error(`${name}: building ${slides.length} slides...`)
  const buildSeconds = build(entry, dist)
  const jsGzipBytes = filesUnder(dist).filter(f => f.endsWith('.js')).reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0)
  console.error(`${name}: loading...`)
  const firstSlide = await firstSlideSeconds(dist, launch)
  console.error(`${name}: exporting...`)
  const started = performance.now()
  await exportDeck({ entry, output: join(work, `${name.replace(/\W+/g, '-')}.pdf`) })
  const exportSeconds = (performance.now() - started) / 1000
  return { name, slides: slides.length, buildSeconds, jsGzipBytes, firstSlideSeconds: firstSlide, exportSeconds }
}

async function main() {
  const launch = chromiumOrExit()
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  try {
    const results: DeckFigures[] = []
    for (const deck of DECKS)
      results.push(await measure(deck.name, resolve(deck.entry), work, launch))
    const [ours, ref] = results as [DeckFigures, DeckFigures]
    const perSlide = (a: number, b: number) => (a / ours.slides) / (b / ref.slides)
    const rows: string[][] = [
      ['', ours.name, ref.name, 'ratio ours/ref', 'goal'],
      ['slides', `${ours.slides}`, `${ref.slides}`, (ours.slides / ref.slides).toFixed(2), ''],
      ['build (s)', ours.buildSeconds.toFixed(1), ref.buildSeconds.toFixed(1), `${perSlide(ours.buildSeconds, ref.buildSeconds).toFixed(2)} per slide`, '<= 1.2 per slide'],
      ['dist JS gzipped (KB)', (ours.jsGzipBytes / 1024).toFixed(0), (ref.jsGzipBytes / 1024).toFixed(0), (ours.jsGzipBytes / ref.jsGzipBytes).toFixed(2), ''],
      [`first slide visible (s, median of ${RUNS})`, ours.firstSlideSeconds.toFixed(2), ref.firstSlideSeconds.toFixed(2), (ours.firstSlideSeconds / ref.firstSlideSeconds).toFixed(2), '<= 1.1'],
      ['export (s)', ours.exportSeconds.toFixed(1), ref.exportSeconds.toFixed(1), `${perSlide(ours.exportSeconds, ref.exportSeconds).toFixed(2)} per slide`, '<= 1.2 per slide'],
    ]
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map(r => r[c]!.length)))
    for (const row of rows)
      console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd())
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${(error as Error).message}`)
  process.exit(1)
})
