import { defineConfig } from 'vitest/config'

// The addon's own unit tests, run from its folder (npm test -w slidev-addon-live-polls): beside
// the code as *.test.ts, on the test deck in test/deck/.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
