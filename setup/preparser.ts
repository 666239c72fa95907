import type { SlidevPreparserExtension } from '@slidev/types'
import { dirname } from 'node:path'
import { definePreparserSetup } from '@slidev/types'
import { withPlannedTime } from 'slidev-addon-live-polls/core/timing.ts'
import { expandContext, expandDeckText } from '../lib/facts/deck-text'

/**
 * Fact references (`@fact(id)`) in slides and notes print what the records in content/facts/ say,
 * as the checks and the handouts read them. Exported for the slide export, which starts Slidev
 * without its command line (scripts/lib/export-deck.ts).
 */
export function factReferences(filepath: string): SlidevPreparserExtension {
  const facts = expandContext(dirname(filepath))
  return {
    name: 'fact-references',
    transformSlide: async content => expandDeckText(content, await facts),
    transformNote: async note => note === undefined ? undefined : expandDeckText(note, await facts),
  }
}

// Every slide's presenter notes open with its planned minutes, taken from its `minutes:` frontmatter,
// so the notes and the agenda can never disagree.
export default definePreparserSetup(({ filepath }) => [
  factReferences(filepath),
  {
    name: 'planned-minutes-in-notes',
    transformNote: async (note, frontmatter) => withPlannedTime(note, frontmatter),
  },
])
