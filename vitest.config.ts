import { defineConfig } from 'vitest/config'

// Unit tests live beside the code they test, as *.test.ts. Browser journeys live in tests/ (Playwright).
export default defineConfig({
  test: {
    include: ['{lib,server,scripts,components,composables,setup}/**/*.test.ts'],
    environment: 'node',
  },
})
