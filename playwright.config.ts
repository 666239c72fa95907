import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumOrExit } from 'slidev-addon-live-polls/node/browser/chromium.ts'

// The runner and its workers each load this file: the first load picks the port and the server's
// id and leaves them in the environment the workers inherit, so every load agrees.
// DECK_PORT and DECK_DIST let several builds be tested side by side; without DECK_PORT the system
// picks a free port.
process.env.DECK_PORT ??= execFileSync(process.execPath, ['-e', 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close() })'], { encoding: 'utf8' })
process.env.DECK_SERVER_ID ??= randomBytes(8).toString('hex')
const PORT = Number(process.env.DECK_PORT)
const DIST = process.env.DECK_DIST ?? 'dist'

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  reporter: process.env.CI ? [['list'], ['line']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumOrExit(),
    trace: 'on-first-retry',
  },
  webServer: {
    // The server sends DECK_SERVER_ID back on every answer (tests/deck/own-server.spec.ts checks it).
    command: `node --import tsx scripts/serve-dist.ts --port ${PORT} --dir ${DIST} --id ${process.env.DECK_SERVER_ID}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never take another program's server on that port for ours: fail saying the port is taken.
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
