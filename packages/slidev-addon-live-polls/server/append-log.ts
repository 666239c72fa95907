/**
 * An append-only JSON-lines file where every append resolves only after the bytes are fsynced.
 * Appends that arrive while a flush is running are written together in the next one (group
 * commit): one fsync covers a whole burst of votes, so durability does not cost a disk sync per vote.
 *
 * A write that fails part-way (disk full, file size limit) leaves the start of a record without
 * its newline. The log is cut back to the length it had before that batch before anything else is
 * written or acknowledged; until the cut succeeds, every append is refused.
 */
import type { FileHandle } from 'node:fs/promises'
import { Buffer } from 'node:buffer'
import { closeSync, copyFileSync, existsSync, fdatasyncSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname } from 'node:path'
import { CommandError } from '../node/cli/fail.ts'
import { diskHint, displayPath } from './results-dir.ts'

interface Pending {
  line: string
  resolve: () => void
  reject: (error: Error) => void
}

/** Every line of the log is a JSON object with a `type`. */
export interface LoggedRecord { type?: unknown }

/** What reading the log at start found; `damaged` lines were skipped. */
export interface LogReport<T> {
  records: T[]
  /** The 1-based line number of each record (for reports of records set aside on replay). */
  lines: number[]
  /** 1-based line numbers of lines that did not parse, the torn last line excepted. */
  damaged: number[]
  /** The last line had no newline: a crash while it was being written (never acknowledged). */
  tornTail: boolean
  /** Where the file's bytes were copied before the torn tail was cut, when anything was wrong. */
  copy?: string
}

export class AppendLog {
  private handle: Promise<FileHandle>
  private queue: Pending[] = []
  private flushing = false
  /** Bytes known to be in the file on a record boundary. */
  private size: number
  /** Set while the file may end in a partial record: nothing is written until it is cut back. */
  private broken: Error | null = null

  /**
   * `startup`: what was in the file when it was opened (see `open`). The stores that share this
   * log (polls, questions, reactions) each replay it, so the file is read and repaired only once.
   */
  constructor(readonly path: string, readonly startup: LogReport<LoggedRecord> = { records: [], lines: [], damaged: [], tornTail: false }) {
    mkdirSync(dirname(path), { recursive: true })
    this.size = existsSync(path) ? fstatSize(path) : 0
    this.handle = open(path, 'a')
  }

  /**
   * Parsed records already in the file. A torn last line (a crash mid-write, never acknowledged)
   * is cut off; any other line that does not parse is skipped and reported. Whenever something
   * was wrong the original bytes are kept in a copy beside the log first.
   */
  static read<T>(path: string, now = new Date()): LogReport<T> {
    const report: LogReport<T> = { records: [], lines: [], damaged: [], tornTail: false }
    if (!existsSync(path))
      return report
    const bytes = readFileSync(path)
    const text = bytes.toString('utf8')
    const lines = text.split('\n')
    // Every record ends with its newline, written with it: a last line without one was cut short
    // mid-write (never acknowledged), even when what is there happens to parse.
    const last = text.length === 0 || text.endsWith('\n') ? -1 : lines.length - 1
    lines.forEach((line, index) => {
      if (index === last) {
        report.tornTail = true
        return
      }
      if (!line.trim())
        return
      try {
        const record: unknown = JSON.parse(line)
        // Valid JSON that is not a record (`null`, a number, a list) is damage too.
        if (typeof record !== 'object' || record === null || Array.isArray(record))
          throw new TypeError('not a record')
        report.records.push(record as T)
        report.lines.push(index + 1)
      }
      catch {
        report.damaged.push(index + 1)
      }
    })
    try {
      repairLog(path, bytes, report, now)
    }
    catch (error) {
      throw new LogRepairError(`The vote log ${displayPath(path)} needs repair (${report.damaged.length ? `${report.damaged.length} damaged lines` : 'a line cut short'}) but could not be rewritten (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): ${diskHint(error)}`)
    }
    return report
  }

  /** Reads the log (cutting a torn tail, setting damaged lines aside), then opens it for appends. */
  static open(path: string): AppendLog {
    return new AppendLog(path, AppendLog.read<LoggedRecord>(path))
  }

  append(record: object): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(record)}\n`, resolve, reject })
      if (!this.flushing)
        void this.flush()
    })
  }

  private async flush(): Promise<void> {
    this.flushing = true
    const handle = await this.handle
    while (this.queue.length) {
      const batch = this.queue
      this.queue = []
      try {
        await this.repair(handle)
        const bytes = Buffer.from(batch.map(p => p.line).join(''))
        try {
          for (let done = 0; done < bytes.length;)
            done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten
          // fdatasync: the bytes and the file length, without the timestamps fsync would also flush.
          await handle.datasync()
        }
        catch (error) {
          this.broken = error as Error
          await this.repair(handle)
          throw error
        }
        this.size += bytes.length
        batch.forEach(p => p.resolve())
      }
      catch (error) {
        batch.forEach(p => p.reject(error as Error))
      }
    }
    this.flushing = false
  }

  /** Cuts a failed batch's partial bytes off; throws (refusing the batch) while that is impossible. */
  private async repair(handle: FileHandle): Promise<void> {
    const cause = this.broken
    if (!cause)
      return
    try {
      await handle.truncate(this.size)
      await handle.datasync()
      this.broken = null
    }
    catch {
      throw new Error(`the vote log ${this.path} could not be returned to its last full record: ${cause.message}`)
    }
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length)
      await new Promise(resolve => setTimeout(resolve, 5))
    await (await this.handle).close()
  }
}

/** A vote log that needs repair could not be repaired; the message is one sentence with the fix. */
export class LogRepairError extends CommandError {
  override name = 'LogRepairError'
}

/**
 * Sets damage aside: the original bytes are copied beside the log first, then the log keeps the
 * records that parsed (damaged lines) or is cut back to its last full record (a torn tail).
 */
function repairLog(path: string, bytes: Buffer, report: LogReport<unknown>, now: Date): void {
  if (!report.tornTail && !report.damaged.length)
    return
  const copy = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
  copyFileSync(path, copy)
  report.copy = copy
  if (report.damaged.length) {
    const clean = `${path}.clean`
    writeFileSync(clean, report.records.map(r => `${JSON.stringify(r)}\n`).join(''), { flush: true })
    renameSync(clean, path)
    return
  }
  const fd = openSync(path, 'r+')
  try {
    ftruncateSync(fd, bytes.lastIndexOf(0x0A) + 1)
    fdatasyncSync(fd)
  }
  finally {
    closeSync(fd)
  }
}

function fstatSize(path: string): number {
  const fd = openSync(path, 'r')
  try {
    return fstatSync(fd).size
  }
  finally {
    closeSync(fd)
  }
}
