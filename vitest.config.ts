import { defineConfig } from 'vitest/config'

// Unit tests live beside the code they test, as *.test.ts. Browser journeys live in tests/ (Playwright).
export default defineConfig({
  test: {
    include: ['{lib,scripts,components,composables,setup}/**/*.test.ts', 'packages/*/**/*.test.ts'],
    environment: 'node',
    // Some unit tests read the whole deck or start Chromium; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
})
