// `npm run export`: the slides as a PDF, with the same Chromium as the tests and handouts;
// `--handout` and `--notes` print the same slides on A4 for participants or for the presenter.
import { relative } from 'node:path'
import process from 'node:process'
import { chromiumOrExit } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { CommandError, exitWith } from 'slidev-addon-live-polls/node/cli/fail.ts'
import { parseCommandLine } from 'slidev-addon-live-polls/node/cli/options.ts'
import { exportDeck } from './lib/export-deck'
import { defaultExportPath } from './lib/export-output'

const options = parseCommandLine({
  command: 'npm run export --',
  summary: 'Exports the slides to a PDF: one page per slide with every click step shown, or one page per click step.',
  options: {
    'with-clicks': { type: 'boolean', help: 'one page per click step (exports/slides-with-clicks.pdf)' },
    'dark': { type: 'boolean', help: 'the dark theme' },
    'handout': { type: 'boolean', help: 'for participants: three slides per A4 page with lines for notes, no sample answers (exports/handout.pdf)' },
    'notes': { type: 'boolean', help: 'for the presenter: each slide with its notes and when it runs, short ones two to an A4 page (exports/notes.pdf)' },
    'results': { type: 'string', value: '<folder|file>', help: 'show a session\'s poll results (the results folder or its polls.jsonl), in a file of its own (...-results.pdf); polls are empty without it' },
    'entry': { type: 'string', default: 'slides.md', value: '<file>', help: 'the deck\'s entry file' },
    'output': { type: 'string', value: '<file.pdf>', help: 'where to write the PDF (default: exports/<slides|handout|notes>[-with-clicks][-dark][-results].pdf)' },
  },
})

// Fail with the one clear message before starting a server, if there is no browser at all.
chromiumOrExit()
const withClicks = options['with-clicks']
if (options.handout && options.notes)
  exitWith('Choose one of --handout and --notes.')
const layout = options.handout ? 'handout' : options.notes ? 'notes' : 'slides'
const output = options.output ?? defaultExportPath({ layout, withClicks, dark: options.dark, results: options.results !== undefined })

const PROGRESS_EVERY_MS = 2000
let lastProgress = 0
console.log(`Exporting ${options.entry}${layout === 'slides' ? '' : ` as a ${layout} layout`}${withClicks ? ', one page per click step' : ''}${options.dark ? ', dark' : ''}, poll results: ${options.results ?? 'none (pass --results results to show them)'}`)
exportDeck({
  entry: options.entry,
  output,
  withClicks,
  dark: options.dark,
  layout,
  results: options.results,
  onProgress: (state) => {
    // The page settles several times over (Vite may reload it): one line every few seconds is enough.
    if (performance.now() - lastProgress < PROGRESS_EVERY_MS)
      return
    lastProgress = performance.now()
    console.log(`  ${state}`)
  },
}).then((result) => {
  const leftOut = result.leftOut.length ? `, without the sample answers on slide${result.leftOut.length > 1 ? 's' : ''} ${result.leftOut.join(', ')}` : ''
  console.log(`Exported ${result.pages} pages (${result.slides} slides${withClicks ? ', one page per click step' : ''}${leftOut}) in ${(result.settleSeconds + result.exportSeconds).toFixed(1)} s.`)
  console.log(`Wrote ${relative('.', result.output)}`)
  if (result.cutNotes.length)
    console.warn(`The notes of slide ${result.cutNotes.join(', ')} do not fit on one page and are cut on paper: shorten them, or read them in the presenter view.`)
  process.exit(0)
}, (error: Error) => {
  console.error(error instanceof CommandError ? error.message : `Export failed: ${error.message}`)
  process.exit(1)
})
