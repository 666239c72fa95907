/**
 * The results folder a poll server writes to: refuse to start when it cannot be written (before
 * anything says "Serving") and start fresh by archiving the previous log. What the log holds, for
 * the banner and the stop summary: server/saved-results.ts.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { CommandError } from '../node/cli/fail.ts'

export const RESULTS_FILE = 'polls.jsonl'
/** The key that signs participant ids (server/participant-ids.ts); a fresh start makes a new one. */
export const SECRET_FILE = 'participant-secret'

/** The results folder cannot be used; the message is one sentence naming the folder and the fix. */
export class ResultsDirError extends CommandError {
  override name = 'ResultsDirError'
}

export function resultsLogPath(dir: string): string {
  return join(dir, RESULTS_FILE)
}

/** Creates the folder if needed and checks that the folder and its log can be written. */
export function assertWritableResults(dir: string): void {
  const shown = displayPath(dir)
  try {
    mkdirSync(dir, { recursive: true })
    if (!statSync(dir).isDirectory())
      throw new Error('it is not a folder')
    accessSync(dir, constants.W_OK | constants.X_OK)
    const log = resultsLogPath(dir)
    if (existsSync(log))
      accessSync(log, constants.R_OK | constants.W_OK)
  }
  catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new ResultsDirError(`Cannot write poll results to ${shown}/ (${reason}): make it writable (chmod -R u+w ${shown}) or pass another folder with --results <folder>.`)
  }
}

/**
 * Moves the current log to `archive/polls-<time>.jsonl` so the session starts empty, with a new
 * participant key.
 * Returns the archive's path, or undefined when there was nothing to archive.
 */
export function archiveResults(dir: string, now = new Date()): string | undefined {
  // A new session is a new room: ids of the old one stop counting, and a damaged key is replaced.
  rmSync(join(dir, SECRET_FILE), { force: true })
  const log = resultsLogPath(dir)
  if (!existsSync(log) || statSync(log).size === 0)
    return undefined
  const archive = join(dir, 'archive')
  mkdirSync(archive, { recursive: true })
  const target = join(archive, `polls-${now.toISOString().replace(/[:.]/g, '-')}.jsonl`)
  renameSync(log, target)
  return target
}

/** What to do about a failed write, in words, from its error code. */
export function diskHint(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return 'the disk (or the quota) is full: free some space and start again, or pass another folder with --results <folder>.'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'the folder cannot be written: make it writable or pass another folder with --results <folder>.'
  return 'check the disk and start again, or pass another folder with --results <folder>.'
}

/** A path as the user would type it: relative when inside the working directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') ? rel : path
}
