/**
 * `live-polls report [slides.md]`: the session report for the organiser (HTML and PDF) from the
 * poll server's log: a summary (when, turnout, how the room moved), then every poll, the questions
 * and the pace, in the deck's colours. No participant ids.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { DeckOptionsError } from '../core/deck.ts'
import { PollDeclarationError, pollsOfDeck } from '../core/polls/load-from-deck.ts'
import { themeCss } from '../core/theme.ts'
import { ChromiumNotFoundError } from '../node/browser/chromium.ts'
import { CommandError } from '../node/cli/fail.ts'
import { parseCommandLine } from '../node/cli/options.ts'
import { loadTheme, readDeckSource } from '../node/deck-source.ts'
import { pdfPageCount } from '../node/page-count.ts'
import { printPdf } from '../node/print-pdf.ts'
import { replaySession, resultsLogPath } from './session-log.ts'
import { renderSessionReport } from './session-report.ts'

const values = parseCommandLine({
  command: 'live-polls report',
  summary: 'Writes the session report (HTML and PDF) from the poll server\'s log: a summary with turnout and how the room moved, then every poll, the questions and the pace; no participant ids.',
  argument: { name: '<slides.md>', default: 'slides.md', help: 'the deck the session ran' },
  options: {
    results: { type: 'string', default: 'results', value: '<folder|file>', help: 'the poll server\'s results folder, or its polls.jsonl' },
    out: { type: 'string', default: 'exports/report', value: '<folder>', help: 'output folder for report.html and report.pdf' },
    paper: { type: 'string', choices: ['a4', 'letter'], default: 'a4', help: 'paper size' },
  },
})

const here = (name: string) => new URL(name, import.meta.url)

async function main(): Promise<string[]> {
  const log = await resultsLogPath(values.results)
  const deck = await readDeckSource(values.argument)
  const session = await replaySession(log, pollsOfDeck(deck))
  const theme = await loadTheme(deck, dirname(resolve(values.argument)))
  const css = [themeCss(theme, { dark: 'none' }), ...await Promise.all(['bars.css', 'report.css'].map(name => readFile(here(name), 'utf8')))].join('\n')
  const title = deck.title || 'Live session'
  const html = renderSessionReport({ title, ...session, slideTitles: Object.fromEntries(deck.slides.map(s => [s.no, s.title])) }, css)
  const out = resolve(values.out)
  await mkdir(join(out, 'fonts'), { recursive: true })
  const require = createRequire(import.meta.url)
  await copyFile(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'), join(out, 'fonts/inter-latin-wght-normal.woff2'))
  const files = [join(out, 'report.html'), join(out, 'report.pdf')]
  await writeFile(files[0]!, html)
  await printPdf(files[0]!, files[1]!, { paper: values.paper as 'a4' | 'letter', footer: `${title} · Session report` })
  return files
}

main().then(
  (files) => {
    console.log(`Session report (${pdfPageCount(files[1]!)} pages):`)
    for (const file of files)
      console.log(`  Wrote ${relative('.', file)}`)
  },
  (error: Error) => {
    const known = error instanceof CommandError || error instanceof PollDeclarationError || error instanceof ChromiumNotFoundError || error instanceof DeckOptionsError
    console.error(known ? error.message : error)
    process.exit(1)
  },
)
