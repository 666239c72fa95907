import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumOrExit } from './lib/browser/chromium'

// DECK_PORT and DECK_DIST let several builds be tested side by side.
const PORT = Number(process.env.DECK_PORT ?? 4173)
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
    command: `tsx scripts/serve-dist.ts --port ${PORT} --dir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
