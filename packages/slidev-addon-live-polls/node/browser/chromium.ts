import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-core'

/**
 * Which Chromium to drive for tests, slide export and handouts.
 * Order: Playwright's own browser when installed, else `CHROMIUM_PATH`, else the Debian package.
 * `undefined` means "let Playwright use its own".
 */
export interface ResolvedChromium {
  executablePath: string | undefined
  source: 'playwright' | 'CHROMIUM_PATH' | 'system'
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Flags that keep a system Chromium quiet on a closed network (no update or sync calls). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export class ChromiumNotFoundError extends Error {
  constructor() {
    super([
      'No Chromium found for tests and PDF export. Fix it with either:',
      '  npx playwright install chromium        (Playwright\'s own browser), or',
      '  sudo apt-get install -y chromium        (the system package; or set CHROMIUM_PATH=/path/to/chromium)',
    ].join('\n'))
    this.name = 'ChromiumNotFoundError'
  }
}

export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ResolvedChromium {
  let bundled: string | undefined
  try {
    bundled = chromium.executablePath()
  }
  catch {}
  if (bundled && existsSync(bundled))
    return { executablePath: undefined, source: 'playwright' }
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH))
      return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
    throw new ChromiumNotFoundError()
  }
  if (existsSync(SYSTEM_CHROMIUM))
    return { executablePath: SYSTEM_CHROMIUM, source: 'system' }
  throw new ChromiumNotFoundError()
}

/** Launch options for `chromium.launch()` (Playwright) built from the resolved browser. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
  const { executablePath } = resolveChromium(env)
  // A system browser running as root needs --no-sandbox; Playwright's own handles that itself.
  const args = executablePath ? [...CHROMIUM_ARGS, '--no-sandbox'] : CHROMIUM_ARGS
  return { executablePath, args }
}

/** For CLIs: print the one clear message instead of a stack trace, and exit. */
export function chromiumOrExit(env: NodeJS.ProcessEnv = process.env): ReturnType<typeof chromiumLaunchOptions> {
  try {
    return chromiumLaunchOptions(env)
  }
  catch (error) {
    if (error instanceof ChromiumNotFoundError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
