// Builds the participant handout and facilitator guide (HTML + PDF) into dist/handouts/.
// Usage: tsx scripts/build-handouts.ts [--paper a4|letter] [--results results.json] [--out dir]
import process from 'node:process'
import { parseArgs } from 'node:util'
import { ChromiumNotFoundError } from '../lib/browser/chromium'
import { ExerciseError } from '../lib/exercises/exercise'
import { buildHandouts, HandoutInputError } from '../lib/handouts/build-handouts'
import { PollDeclarationError } from '../lib/polls/load-from-deck'

const { values } = parseArgs({
  options: {
    paper: { type: 'string', default: 'a4' },
    results: { type: 'string' },
    out: { type: 'string', default: 'dist/handouts' },
  },
})

if (values.paper !== 'a4' && values.paper !== 'letter') {
  console.error(`--paper must be a4 or letter (got "${values.paper}")`)
  process.exit(2)
}

const started = performance.now()
try {
  const { out, files } = await buildHandouts({ paper: values.paper, results: values.results, out: values.out })
  console.log(`Handouts (${values.paper}) built in ${((performance.now() - started) / 1000).toFixed(1)} s into ${out}/:`)
  for (const file of files)
    console.log(`  ${file.slice(out.length + 1)}`)
}
catch (error) {
  const known = error instanceof ExerciseError || error instanceof PollDeclarationError || error instanceof ChromiumNotFoundError || error instanceof HandoutInputError
  console.error(known || error instanceof Error
    ? (error as Error).message
    : error)
  console.error(`No handouts written; any previous ones in ${values.out}/ were removed so none look current.`)
  if (!known && error instanceof Error && error.stack)
    console.error(error.stack)
  process.exit(1)
}
