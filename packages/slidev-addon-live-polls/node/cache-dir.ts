import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'

/**
 * A cache folder for built files (`node_modules/.cache/live-polls/<name>/`) in the project the
 * command runs in, the nearest folder up from the working directory that holds node_modules;
 * the system's temporary folder when there is none. Never a path relative to this source file,
 * which may sit anywhere npm installed it. (bin/live-polls.mjs finds its folder the same way.)
 */
export function cacheDir(name: string): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules')))
      return join(dir, 'node_modules', '.cache', 'live-polls', name)
    if (dirname(dir) === dir)
      return join(tmpdir(), `live-polls-${process.getuid?.() ?? 'user'}`, name)
  }
}
