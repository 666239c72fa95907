// `npm run report`: the facilitator's session report (HTML + PDF) from the poll server's log:
// polls with rounds, word clouds, approved questions, pace per slide. No participant ids.
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { ChromiumNotFoundError } from '../lib/browser/chromium'
import { parseCommandLine } from '../lib/cli/options'
import { readDeck } from '../lib/deck/read-deck'
import { renderHtmlDocument } from '../lib/handouts/html-document'
import { renderDocuments } from '../lib/handouts/render-pdf'
import { loadPollsFromDeck, PollDeclarationError } from '../lib/polls/load-from-deck'
import { sessionReport } from '../lib/report/session-report'
import { PollStore } from '../server/poll-store'
import { QaStore } from '../server/qa-store'
import { ReactionStore } from '../server/reaction-store'

const values = parseCommandLine({
  command: 'npm run report --',
  summary: 'Writes the session report (HTML and PDF) from the poll server\'s log: polls with their rounds, word clouds, approved questions, pace per slide; no participant ids.',
  options: {
    results: { type: 'string', default: 'results', value: '<folder>', help: 'the poll server\'s results folder (holds polls.jsonl)' },
    out: { type: 'string', default: 'exports/report', value: '<folder>', help: 'output folder for report.html and report.pdf' },
    paper: { type: 'string', choices: ['a4', 'letter'], default: 'a4', help: 'paper size' },
    slides: { type: 'string', default: 'slides.md', value: '<file>', help: 'the deck the session ran' },
  },
})

class ReportInputError extends Error {}

async function main(): Promise<string[]> {
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
  await renderDocuments([{ html: () => renderHtmlDocument(doc, css), htmlPath: files[0], pdfPath: files[1], footer: `${doc.title} · Session report` }], values.paper as 'a4' | 'letter')
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
