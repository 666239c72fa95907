/**
 * An append-only JSON-lines file where every append resolves only after the bytes are fsynced.
 * Appends that arrive while a flush is running are written together in the next one (group
 * commit): one fsync covers a whole burst of votes, so durability does not cost a disk sync per vote.
 */
import type { FileHandle } from 'node:fs/promises'
import { Buffer } from 'node:buffer'
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname } from 'node:path'

interface Pending {
  line: string
  resolve: () => void
  reject: (error: Error) => void
}

export class AppendLog {
  private handle: Promise<FileHandle>
  private queue: Pending[] = []
  private flushing = false

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true })
    endWithNewline(path)
    this.handle = open(path, 'a')
  }

  /** Parsed records already in the file. A torn last line (a crash mid-write) is skipped. */
  static read<T>(path: string): T[] {
    if (!existsSync(path))
      return []
    const records: T[] = []
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim())
        continue
      try {
        records.push(JSON.parse(line) as T)
      }
      catch {
        // Only the line being written when the process died can be incomplete; it was never acknowledged.
      }
    }
    return records
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
        const bytes = Buffer.from(batch.map(p => p.line).join(''))
        for (let done = 0; done < bytes.length;)
          done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten
        // fdatasync: the bytes and the file length, without the timestamps fsync would also flush.
        await handle.datasync()
        batch.forEach(p => p.resolve())
      }
      catch (error) {
        batch.forEach(p => p.reject(error as Error))
      }
    }
    this.flushing = false
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length)
      await new Promise(resolve => setTimeout(resolve, 5))
    await (await this.handle).close()
  }
}

/** A crash mid-write can leave a torn last line; start the next record on a fresh line. */
function endWithNewline(path: string): void {
  if (!existsSync(path))
    return
  const fd = openSync(path, 'r')
  try {
    const { size } = fstatSync(fd)
    const last = Buffer.alloc(1)
    if (size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0A)
      appendFileSync(path, '\n')
  }
  finally {
    closeSync(fd)
  }
}
