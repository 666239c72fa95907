import { definePreparserSetup } from '@slidev/types'
import { withPlannedTime } from '../lib/notes'

// Every slide's presenter notes open with its planned minutes, taken from its `minutes:` frontmatter,
// so the notes and the agenda can never disagree.
export default definePreparserSetup(() => [
  {
    name: 'planned-minutes-in-notes',
    transformNote: async (note, frontmatter) => withPlannedTime(note, frontmatter),
  },
])
