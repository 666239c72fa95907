import { existsSync } from 'node:fs'
// The facilitator's session report (HTML + PDF) from the poll server's log: polls with rounds,
// word clouds, approved questions, pace per slide. No participant ids.
// Usage: tsx scripts/build-report.ts [--results results] [--out dist/report] [--paper a4|letter]
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { readDeck } from '../lib/deck/read-deck'
import { renderHtmlDocument } from '../lib/handouts/html-document'
import { renderDocuments } from '../lib/handouts/render-pdf'
import { loadPollsFromDeck, PollDeclarationError } from '../lib/polls/load-from-deck'
import { sessionReport } from '../lib/report/session-report'
import { PollStore } from '../server/poll-store'
import { QaStore } from '../server/qa-store'
import { ReactionStore } from '../server/reaction-store'
import { ChromiumNotFoundError } from './lib/chromium'

const { values } = parseArgs({
  options: {
    results: { type: 'string', default: 'results' },
    out: { type: 'string', default: 'dist/report' },
    paper: { type: 'string', default: 'a4' },
    slides: { type: 'string', default: 'slides.md' },
  },
})

class ReportInputError extends Error {}

async function main(): Promise<string[]> {
  if (values.paper !== 'a4' && values.paper !== 'letter')
    throw new ReportInputError(`--paper must be a4 or letter (got "${values.paper}")`)
  const results = resolve(values.results)
  if (!existsSync(join(results, 'polls.jsonl')))
    throw new ReportInputError(`--results ${values.results}: no polls.jsonl there (the poll server writes it during the session)`)
  const slides = resolve(values.slides)
  const polls = await loadPollsFromDeck(slides)
  const deck = await readDeck(basename(slides), dirname(slides))
  // The same replay as the server's start: the report shows what the server would show now.
  const store = new PollStore({ polls, resultsDir: results })
  const qa = new QaStore(store.log)
  const reactions = new ReactionStore(store.log)
  const doc = sessionReport({
    title: String(deck.headmatter.title ?? 'Workshop'),
    at: new Date().toISOString(),
    polls: store.snapshots({ presenter: true }),
    questions: qa.book.view(true).questions,
    pace: reactions.snapshot(),
    slideTitles: Object.fromEntries(deck.slides.map(s => [s.no, s.title])),
  })
  await store.close()
  const css = (await Promise.all([
    readFile(new URL('../lib/handouts/handout.css', import.meta.url), 'utf8'),
    readFile(new URL('../lib/report/report.css', import.meta.url), 'utf8'),
  ])).join('\n')
  const out = resolve(values.out)
  await mkdir(join(out, 'fonts'), { recursive: true })
  const require = createRequire(import.meta.url)
  await copyFile(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'), join(out, 'fonts/inter-latin-wght-normal.woff2'))
  const files = [join(out, 'report.html'), join(out, 'report.pdf')]
  await renderDocuments([{ html: renderHtmlDocument(doc, css), htmlPath: files[0], pdfPath: files[1], footer: `${doc.title} · Session report` }], values.paper)
  return files
}

main().then(
  files => console.log(`Session report:\n${files.map(f => `  ${f}`).join('\n')}`),
  (error: Error) => {
    const known = error instanceof ReportInputError || error instanceof PollDeclarationError || error instanceof ChromiumNotFoundError
    console.error(known ? error.message : error)
    process.exit(1)
  },
)
