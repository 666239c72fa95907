import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppendLog } from './append-log.ts'
import { Room } from './room.ts'

const logIn = (dir: string) => AppendLog.open(join(dir, 'polls.jsonl'))

describe('room', () => {
  it('lets in at most its size, even when the last places are asked for at once, and counts the refused', async () => {
    const log = logIn(mkdtempSync(join(tmpdir(), 'room-')))
    const room = new Room(log, 3)
    const answers = await Promise.all(['a', 'b', 'c', 'd', 'e'].map(id => room.admit(id)))
    expect(answers).toEqual([true, true, true, false, false])
    expect(room.state()).toEqual({ joined: 3, size: 3, refused: 2 })
    // Someone already in stays in.
    expect(await room.admit('b')).toBe(true)
    await log.close()
  })

  it('remembers who is in across a restart (join records in the log), also for a larger room', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'room-'))
    const first = logIn(dir)
    const room = new Room(first, 2)
    await room.admit('a')
    await room.admit('b')
    await first.close()
    const second = logIn(dir)
    const again = new Room(second, 2)
    expect(again.has('a') && again.has('b')).toBe(true)
    expect(await again.admit('c')).toBe(false)
    expect(await new Room(second, 5).admit('c')).toBe(true)
    await second.close()
  })

  it('tells listeners of every change, refusals included', async () => {
    const log = logIn(mkdtempSync(join(tmpdir(), 'room-')))
    const room = new Room(log, 1)
    const seen: number[] = []
    room.onChange(state => seen.push(state.refused))
    await room.admit('a')
    await room.admit('b')
    expect(seen).toEqual([0, 1])
    await log.close()
  })
})
