// `npm run report`: the session report for the organiser (HTML + PDF) from the poll server's log:
// a summary (when, turnout, how the room moved), then every poll, the questions and the pace.
// No participant ids.
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { readDeck } from '../lib/deck/read-deck'
import { tokensCss } from '../lib/design/tokens'
import { renderDocuments } from '../lib/handouts/render-pdf'
import { pdfPageCount } from '../lib/pdf/page-count'
import { loadPollsFromDeck, PollDeclarationError } from '../packages/slidev-addon-live-polls/core/polls/load-from-deck'
import { ChromiumNotFoundError } from '../packages/slidev-addon-live-polls/node/browser/chromium'
import { CommandError } from '../packages/slidev-addon-live-polls/node/cli/fail'
import { parseCommandLine } from '../packages/slidev-addon-live-polls/node/cli/options'
import { replaySession, resultsLogPath } from '../packages/slidev-addon-live-polls/report/session-log'
import { renderSessionReport } from '../packages/slidev-addon-live-polls/report/session-report'

const values = parseCommandLine({
  command: 'npm run report --',
  summary: 'Writes the session report (HTML and PDF) from the poll server\'s log: a summary with turnout and how the room moved, then every poll, the questions and the pace; no participant ids.',
  options: {
    results: { type: 'string', default: 'results', value: '<folder|file>', help: 'the poll server\'s results folder, or its polls.jsonl' },
    out: { type: 'string', default: 'exports/report', value: '<folder>', help: 'output folder for report.html and report.pdf' },
    paper: { type: 'string', choices: ['a4', 'letter'], default: 'a4', help: 'paper size' },
    slides: { type: 'string', default: 'slides.md', value: '<file>', help: 'the deck the session ran' },
  },
})

async function main(): Promise<string[]> {
  const log = await resultsLogPath(values.results)
  const slides = resolve(values.slides)
  const polls = await loadPollsFromDeck(slides)
  const deck = await readDeck(basename(slides), dirname(slides))
  const session = await replaySession(log, polls)
  const css = [tokensCss({ dark: 'none' }), ...await Promise.all(['bars.css', 'report.css'].map(name => readFile(new URL(`../lib/report/${name}`, import.meta.url), 'utf8')))].join('\n')
  const html = renderSessionReport({
    title: String(deck.headmatter.title ?? 'Workshop'),
    ...session,
    slideTitles: Object.fromEntries(deck.slides.map(s => [s.no, s.title])),
  }, css)
  const out = resolve(values.out)
  await mkdir(join(out, 'fonts'), { recursive: true })
  const require = createRequire(import.meta.url)
  await copyFile(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'), join(out, 'fonts/inter-latin-wght-normal.woff2'))
  const files = [join(out, 'report.html'), join(out, 'report.pdf')]
  await renderDocuments([{ html: () => html, htmlPath: files[0]!, pdfPath: files[1]!, footer: `${String(deck.headmatter.title ?? 'Workshop')} · Session report` }], values.paper as 'a4' | 'letter')
  return files
}

main().then(
  (files) => {
    console.log(`Session report (${pdfPageCount(files[1]!)} pages):`)
    for (const file of files)
      console.log(`  Wrote ${relative('.', file)}`)
  },
  (error: Error) => {
    const known = error instanceof CommandError || error instanceof PollDeclarationError || error instanceof ChromiumNotFoundError
    console.error(known ? error.message : error)
    process.exit(1)
  },
)
