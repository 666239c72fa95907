// `npm run handouts`: the participant handout and the facilitator guide (HTML + PDF).
import { relative } from 'node:path'
import process from 'node:process'
import { ChromiumNotFoundError } from '../lib/browser/chromium'
import { parseCommandLine } from '../lib/cli/options'
import { ExerciseError } from '../lib/exercises/exercise'
import { buildHandouts, HandoutInputError } from '../lib/handouts/build-handouts'
import { pdfPageCount } from '../lib/pdf/page-count'
import { PollDeclarationError } from '../lib/polls/load-from-deck'

const options = parseCommandLine({
  command: 'npm run handouts --',
  summary: 'Builds the participant handout and the facilitator guide, HTML and PDF, from the exercises and the deck.',
  options: {
    paper: { type: 'string', choices: ['a4', 'letter'], default: 'a4', help: 'paper size' },
    results: { type: 'string', value: '<file>', help: 'add poll results: a JSON export of the poll server\'s GET /api/results' },
    out: { type: 'string', default: 'exports/handouts', value: '<folder>', help: 'output folder (replaced only when the build succeeds)' },
  },
})

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
try {
  const { out, files } = await buildHandouts({
    paper: options.paper as 'a4' | 'letter',
    results: options.results,
    out: options.out,
    onProgress: step => console.log(`Handouts: ${step}…`),
  })
  console.log(`Handouts (${options.paper}) built in ${elapsed()} into ${relative('.', out) || '.'}/:`)
  for (const file of files)
    console.log(`  ${relative('.', file)}${file.endsWith('.pdf') ? ` (${pdfPageCount(file)} pages)` : ''}`)
}
catch (error) {
  const known = error instanceof ExerciseError || error instanceof PollDeclarationError || error instanceof ChromiumNotFoundError || error instanceof HandoutInputError
  console.error(error instanceof Error ? error.message : error)
  console.error(`No handouts written; ${options.out}/ is unchanged.`)
  if (!known && error instanceof Error && error.stack)
    console.error(error.stack)
  process.exit(1)
}
