// `npm run export`: the slides as a PDF in exports/slides.pdf; `npm run export -- --with-clicks`:
// one page per click step in exports/slides-with-clicks.pdf. Uses the same Chromium as the tests.
// Options: --dark, --entry slides.md, --output path.pdf
import { relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromiumOrExit } from '../lib/browser/chromium'
import { exportDeck } from './lib/export-deck'

const { values } = parseArgs({
  options: {
    'with-clicks': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
    'entry': { type: 'string', default: 'slides.md' },
    'output': { type: 'string' },
  },
})

// Fail with the one clear message before starting a server, if there is no browser at all.
chromiumOrExit()
const withClicks = values['with-clicks']
const output = values.output ?? `exports/slides${withClicks ? '-with-clicks' : ''}${values.dark ? '-dark' : ''}.pdf`

exportDeck({ entry: values.entry, output, withClicks, dark: values.dark }).then((result) => {
  console.log(`Exported ${result.slides} slides to ${relative('.', result.output)} (settled in ${result.settleSeconds.toFixed(1)} s, printed in ${result.exportSeconds.toFixed(1)} s)`)
  process.exit(0)
}, (error) => {
  console.error(`Export failed: ${(error as Error).message}`)
  process.exit(1)
})
