import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppendLog } from './append-log.ts'

describe('appendLog', () => {
  it.skipIf(!existsSync('/dev/full'))('acknowledges nothing while a failed write cannot be cut back (a real full device)', async () => {
    // /dev/full fails every write with ENOSPC and cannot be truncated.
    const log = new AppendLog('/dev/full')
    await expect(log.append({ n: 1 })).rejects.toThrow(/ENOSPC/)
    await expect(log.append({ n: 2 })).rejects.toThrow(/could not be returned to its last full record/)
    await log.close()
  })

  it('replays full records, reports damaged lines by number, cuts a torn tail and keeps the original bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'append-log-'))
    const path = join(dir, 'log.jsonl')
    const original = '{"n":1}\n{"n":\n{"n":3}\n{"n":4'
    writeFileSync(path, original)
    const report = AppendLog.read<{ n: number }>(path)
    expect(report.records).toEqual([{ n: 1 }, { n: 3 }])
    expect(report.damaged).toEqual([2])
    expect(report.tornTail).toBe(true)
    expect(readFileSync(report.copy!, 'utf8')).toBe(original)
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":3}\n')
    // Read again: clean, nothing reported, no second copy.
    const again = AppendLog.read(path)
    expect(again).toMatchObject({ damaged: [], tornTail: false })
    expect(again.copy).toBeUndefined()
    expect(readdirSync(dir).filter(f => f.includes('.damaged-'))).toHaveLength(1)
  })

  it('counts valid JSON that is not a record (null, a number, a list) as damage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'append-log-'))
    const path = join(dir, 'log.jsonl')
    writeFileSync(path, '{"n":1}\nnull\n7\n[1]\n{"n":5}\n')
    const log = AppendLog.open(path)
    expect(log.startup.records).toEqual([{ n: 1 }, { n: 5 }])
    expect(log.startup.damaged).toEqual([2, 3, 4])
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":5}\n')
  })

  it('cuts only a torn tail, which is the expected crash case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'append-log-'))
    const path = join(dir, 'log.jsonl')
    writeFileSync(path, '{"n":1}\n{"n":2')
    expect(AppendLog.read(path)).toMatchObject({ records: [{ n: 1 }], damaged: [], tornTail: true })
    const log = new AppendLog(path)
    await log.append({ n: 3 })
    await log.close()
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":3}\n')
  })

  it('treats a last line without its newline as cut short even when it parses: not counted, cut, and reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'append-log-'))
    const path = join(dir, 'log.jsonl')
    writeFileSync(path, '{"n":1}\n{"n":2}')
    const report = AppendLog.read<{ n: number }>(path)
    expect(report).toMatchObject({ records: [{ n: 1 }], lines: [1], tornTail: true })
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n')
    // What was counted is what the next start counts.
    expect(AppendLog.read(path).records).toEqual(report.records)
  })

  it('gives each record its line number, so a record set aside on replay can be named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'append-log-'))
    const path = join(dir, 'log.jsonl')
    writeFileSync(path, '{"n":1}\n\n{"n":3}\n')
    expect(AppendLog.read(path)).toMatchObject({ records: [{ n: 1 }, { n: 3 }], lines: [1, 3] })
  })
})
