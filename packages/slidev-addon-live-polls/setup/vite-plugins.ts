import { defineVitePluginsSetup } from '@slidev/types'
import { pollsPlugin } from '../server/vite-plugin.ts'

// The poll server inside Slidev's own server (dev, workshop and export), for the deck Slidev was
// started on: its entry file and headmatter come from Slidev's resolved options, never a file name.
export default defineVitePluginsSetup(options => [
  pollsPlugin({ entry: options.entry, userRoot: options.userRoot }),
])
