// `npm run handouts`: the participant handout, the facilitator guide and the card sheets (HTML + PDF).
import { relative } from 'node:path'
import process from 'node:process'
import { PollDeclarationError } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
import { ChromiumNotFoundError } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { parseCommandLine } from 'slidev-addon-live-polls/node/cli/options.ts'
import { pdfPageCount } from 'slidev-addon-live-polls/node/page-count.ts'
import { CardError } from '../lib/cards/parse-card-set'
import { ExerciseError } from '../lib/exercises/exercise'
import { buildHandouts, HandoutInputError, HandoutLayoutError } from '../lib/handouts/build-handouts'

const options = parseCommandLine({
  command: 'npm run handouts --',
  summary: 'Builds the participant handout, the facilitator guide and the cut-out card sheets, HTML and PDF, from the exercises, the cards and the deck.',
  options: {
    'paper': { type: 'string', choices: ['a4', 'letter'], default: 'a4', help: 'paper size' },
    'results': { type: 'string', value: '<folder|file>', help: 'add a session\'s poll results: the poll server\'s results folder (e.g. results) or its polls.jsonl' },
    'out': { type: 'string', default: 'exports/handouts', value: '<folder>', help: 'output folder (replaced only when the build succeeds)' },
    'start': { type: 'string', value: '<hh:mm>', help: 'start time of day, e.g. 14:00: real clock times in the agenda and the guide' },
    'join-url': { type: 'string', value: '<url>', help: 'the polls\' join address: printed with a QR code on the participant handout\'s cover' },
  },
})

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
try {
  const { out, files } = await buildHandouts({
    paper: options.paper as 'a4' | 'letter',
    results: options.results,
    out: options.out,
    start: options.start,
    joinUrl: options['join-url'],
    onProgress: step => console.log(`Handouts: ${step}…`),
  })
  console.log(`Handouts (${options.paper}) built in ${elapsed()} into ${relative('.', out) || '.'}/:`)
  for (const file of files)
    console.log(`  ${relative('.', file)}${file.endsWith('.pdf') ? ` (${pdfPageCount(file)} pages)` : ''}`)
}
catch (error) {
  const known = error instanceof ExerciseError || error instanceof PollDeclarationError || error instanceof ChromiumNotFoundError || error instanceof HandoutInputError || error instanceof HandoutLayoutError || error instanceof CardError
  console.error(error instanceof Error ? error.message : error)
  console.error(`No handouts written; ${options.out}/ is unchanged.`)
  if (!known && error instanceof Error && error.stack)
    console.error(error.stack)
  process.exit(1)
}
