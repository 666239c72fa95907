import { defineConfig } from 'vite'

// Merged by Slidev into its Vite server. The live polls, and the server settings they need
// (no CORS, private files denied), come from the addon's own setup (slidev-addon-live-polls).
export default defineConfig({
  build: {
    // Rolldown's per-plugin timing report is for Slidev's developers, not for someone building a deck.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
})
