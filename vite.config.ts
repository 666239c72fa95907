import { defineConfig } from 'vite'
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
    fs: {
      // The vote log is for the presenter's machine, not for anyone who guesses its path.
      deny: [
        '.env',
        '.env.*',
        '*.{crt,pem}',
        '**/results/**',
      ],
    },
  },
})
