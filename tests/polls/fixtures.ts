/**
 * The poll journeys' shared setup as Playwright fixtures. `pollServer`: a standalone server of the
 * test's own, on a free port, stopped after the test. `devices`: browser contexts for the
 * presenter's machine and for phones, all closed after the test and before its server stops, so
 * no page left open reconnects to another test's server.
 */
import type { BrowserContext } from '@playwright/test'
import type { RunningServer } from './poll-server.ts'
import { test as base } from '@playwright/test'
import { startServer } from './poll-server.ts'

export interface Devices {
  /** A desktop browser: the presenter's machine, the projector. */
  desktop: () => Promise<BrowserContext>
  /** A phone: small touch screen. */
  phone: () => Promise<BrowserContext>
}

export const PHONE_CONTEXT = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

export const test = base.extend<{ pollServer: RunningServer, devices: Devices }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  pollServer: async ({}, use) => {
    const server = await startServer()
    await use(server)
    await server.stop()
  },
  // Depends on pollServer so that it is torn down first: contexts close while the server still runs.
  devices: async ({ browser, pollServer: _server }, use) => {
    const opened: BrowserContext[] = []
    const open = async (options = {}) => {
      const context = await browser.newContext(options)
      opened.push(context)
      return context
    }
    await use({ desktop: () => open(), phone: () => open(PHONE_CONTEXT) })
    await Promise.all(opened.map(c => c.close()))
  },
})

export { expect } from '@playwright/test'
