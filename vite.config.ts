import { defineConfig } from 'vite'
import { FS_DENY } from './server/fs-deny.ts'
import { pollsPlugin } from './server/vite-plugin.ts'

// Merged by Slidev into its Vite server: live polls inside `slidev` (see README "Live polls").
export default defineConfig({
  plugins: [
    pollsPlugin(),
  ],
  build: {
    // Rolldown's per-plugin timing report is for Slidev's developers, not for someone building a deck.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    // Vite's default lets pages on any localhost port read every file it serves (the deck's sources,
    // the websocket token in /@vite/client) and send it JSON: nothing here is for other origins.
    cors: false,
    fs: {
      // Vite's own defaults plus ours (a list here replaces Vite's, so it repeats them).
      deny: FS_DENY,
    },
  },
})
