import { defineVitePluginsSetup } from '@slidev/types'
import { liveDeck } from '../core/deck.ts'
import { liveSlides } from '../node/deck-source.ts'
import { manifestPlugin, pollsPlugin } from '../server/vite-plugin.ts'

// The poll server inside Slidev's own server (dev, workshop and export), and the manifest beside a
// build, for the deck Slidev was started on: its slides and headmatter as Slidev loaded them (the
// deck's preparser run), never a file name.
export default defineVitePluginsSetup((options) => {
  const deck = liveDeck(options.data.headmatter, liveSlides(options.data.slides, options.userRoot))
  return [pollsPlugin({ deck, userRoot: options.userRoot }), manifestPlugin({ deck, userRoot: options.userRoot })]
})
