import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ParticipantIds, secretPath } from './participant-ids.ts'
import { archiveResults } from './results-dir.ts'

describe('participant ids', () => {
  it('signs ids with a key made once per results folder, kept only to its owner, with no temporary file left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'))
    const ids = ParticipantIds.inFolder(dir)
    const cookie = ids.issue()
    expect(ParticipantIds.inFolder(dir).verify(cookie)).toBe(cookie.slice(0, cookie.lastIndexOf('.')))
    expect(statSync(secretPath(dir)).mode & 0o777).toBe(0o600)
    expect(readFileSync(secretPath(dir), 'utf8')).toMatch(/^[\w-]{43}$/)
    expect(readdirSync(dir)).toEqual(['participant-secret'])
  })

  it('refuses to start on a key of the wrong length (an empty key would sign anything), in one sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'))
    for (const damaged of ['', 'c2hvcnQ', 'x'.repeat(44)]) {
      writeFileSync(secretPath(dir), damaged)
      expect(() => ParticipantIds.inFolder(dir), JSON.stringify(damaged)).toThrow(/participant key .* is damaged .* start with --fresh/)
    }
  })

  it('makes a new key on a fresh start: the old room\'s ids stop counting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'))
    const cookie = ParticipantIds.inFolder(dir).issue()
    writeFileSync(join(dir, 'polls.jsonl'), '{"type":"open","poll":"p","at":"2026-12-01T10:00:00Z"}\n')
    archiveResults(dir)
    expect(ParticipantIds.inFolder(dir).verify(cookie)).toBeNull()
  })

  it('replaces a damaged key on a fresh start, even with no votes to archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'))
    writeFileSync(secretPath(dir), '')
    expect(archiveResults(dir)).toBeUndefined()
    expect(() => ParticipantIds.inFolder(dir)).not.toThrow()
  })
})
