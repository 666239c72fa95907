import { defineConfig } from 'vite'
import { pollsPlugin } from './server/vite-plugin.ts'

// Merged by Slidev into its Vite server: live polls inside `slidev` (see README "Live polls").
export default defineConfig({
  plugins: [
    pollsPlugin(),
  ],
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
