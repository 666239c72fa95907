// `npm run export`: the slides as a PDF in exports/slides.pdf; `npm run export -- --with-clicks`:
// one page per click step in exports/slides-with-clicks.pdf. Uses the same Chromium as the tests.
// `--handout`: three slides per A4 page with lines for notes (exports/handout.pdf); `--notes`: each
// slide beside its presenter notes (exports/notes.pdf). Options: --dark, --entry slides.md, --output path.pdf
import { relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromiumOrExit } from './lib/chromium'
import { exportDeck } from './lib/export-deck'

const { values } = parseArgs({
  options: {
    'with-clicks': { type: 'boolean', default: false },
    'handout': { type: 'boolean', default: false },
    'notes': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
    'entry': { type: 'string', default: 'slides.md' },
    'output': { type: 'string' },
  },
})

// Fail with the one clear message before starting a server, if there is no browser at all.
chromiumOrExit()
const withClicks = values['with-clicks']
if (values.handout && values.notes) {
  console.error('Choose one of --handout and --notes.')
  process.exit(1)
}
const layout = values.handout ? 'handout' : values.notes ? 'notes' : 'slides'
const base = layout === 'slides' ? 'slides' : layout
const output = values.output ?? `exports/${base}${withClicks ? '-with-clicks' : ''}${values.dark ? '-dark' : ''}.pdf`

exportDeck({ entry: values.entry, output, withClicks, dark: values.dark, layout }).then((result) => {
  console.log(`Exported ${result.slides} slides on ${result.pages} pages to ${relative('.', result.output)} (settled in ${result.settleSeconds.toFixed(1)} s, printed in ${result.exportSeconds.toFixed(1)} s)`)
  process.exit(0)
}, (error) => {
  console.error(`Export failed: ${(error as Error).message}`)
  process.exit(1)
})
