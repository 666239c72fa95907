// Seconds to build both handouts (HTML + PDF), per paper size, and the page count of each PDF.
// The first build runs with an empty Mermaid cache (cold), the others reuse it (warm).
// Goal: under 15 s per build.
import type { Paper } from '../../lib/handouts/render-pdf'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommandLine } from 'slidev-addon-live-polls/node/cli/options.ts'
import { buildHandouts, HANDOUT_FILES } from '../../lib/handouts/build-handouts'
import { MERMAID_CACHE_DIR } from '../../lib/handouts/render-pdf'

const GOAL_SECONDS = 15
const { runs } = parseCommandLine({
  command: 'npm run bench:handouts --',
  summary: `Seconds to build both handouts per paper size (goal < ${GOAL_SECONDS} s) and each PDF's pages.`,
  options: { runs: { type: 'count', default: 1, help: 'warm runs per paper size (the best is shown)' } },
})

/** Pages of a PDF, read with poppler's pdfinfo (installed wherever the tests run). */
function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN)
}

const folder = await mkdtemp(join(tmpdir(), 'bench-handouts-'))
try {
  const rows: string[] = []
  await rm(MERMAID_CACHE_DIR, { recursive: true, force: true })
  const cold = performance.now()
  await buildHandouts({ paper: 'a4', out: join(folder, 'cold') })
  rows.push(`a4 cold ${((performance.now() - cold) / 1000).toFixed(1).padStart(6)} s (empty Mermaid cache)`)
  for (const paper of ['a4', 'letter'] as Paper[]) {
    const seconds: number[] = []
    const out = join(folder, paper)
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      await buildHandouts({ paper, out })
      seconds.push((performance.now() - started) / 1000)
    }
    const best = Math.min(...seconds)
    const participant = pageCount(join(out, HANDOUT_FILES.participantPdf))
    const facilitator = pageCount(join(out, HANDOUT_FILES.facilitatorPdf))
    rows.push(`${paper.padEnd(7)} ${best.toFixed(1).padStart(6)} s ${best < GOAL_SECONDS
      ? 'ok  '
      : 'SLOW'}  participant ${participant} pages, facilitator ${facilitator} pages`)
  }
  console.log(`Handouts build (both documents, warm: best of ${runs}; goal < ${GOAL_SECONDS} s)`)
  for (const row of rows)
    console.log(`  ${row}`)
}
finally {
  await rm(folder, { recursive: true, force: true })
}
