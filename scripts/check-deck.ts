// `npm run check`: reads the deck as Slidev does and fails early, naming file, line and slide,
// on anything that would otherwise show up as a blank diagram or a wrong agenda in front of a class.
// Usage: tsx scripts/check-deck.ts [slides.md]
import type { DeckProblem } from '../lib/deck/types'
import process from 'node:process'
import { ChromiumNotFoundError } from 'slidev-addon-live-polls/node/browser/chromium.ts'
import { deckChecks } from '../lib/deck/checks'
import { readDeck } from '../lib/deck/read-deck'
import { formatProblem } from '../lib/deck/types'

async function main(): Promise<number> {
  const started = performance.now()
  const deck = await readDeck(process.argv[2] ?? 'slides.md')
  const problems: DeckProblem[] = []
  for (const [name, check] of Object.entries(deckChecks)) {
    try {
      problems.push(...await check(deck))
    }
    catch (error) {
      if (error instanceof ChromiumNotFoundError) {
        console.error(error.message)
        return 1
      }
      problems.push({ file: deck.entry, line: 1, message: `the ${name} check could not run: ${(error as Error).message}` })
    }
  }
  problems.sort((a, b) => (a.slide ?? 0) - (b.slide ?? 0) || a.file.localeCompare(b.file) || a.line - b.line)
  const warnings = problems.filter(problem => problem.warning)
  const errors = problems.filter(problem => !problem.warning)
  // Warnings first: they do not fail the check, and the errors (if any) end the output.
  for (const problem of [...warnings, ...errors])
    console.error(formatProblem(problem))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const diagrams = deck.slides.reduce((n, s) => n + s.mermaid.length, 0)
  const warned = warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''
  if (errors.length) {
    console.error(`Deck check: ${errors.length} problem${errors.length === 1 ? '' : 's'}${warned} (${seconds} s)`)
    return 1
  }
  console.log(`Deck check: ${deck.slides.length} slides, ${diagrams} Mermaid diagrams, all fine${warned} (${seconds} s)`)
  return 0
}

main().then(code => process.exit(code), (error) => {
  console.error(`Deck check failed to read the deck: ${(error as Error).message}`)
  process.exit(1)
})
