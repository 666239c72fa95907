import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExerciseError } from '../exercises/exercise'
import { buildHandouts, HANDOUT_FILES } from './build-handouts'

describe('buildHandouts on bad input', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'handouts-bad-'))
    for (const part of ['slides.md', 'pages', 'exercises'])
      await cp(part, join(root, part), { recursive: true })
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('stops with the file and line, and leaves the previous handouts untouched', async () => {
    const out = join(root, 'exports/handouts')
    await mkdir(out, { recursive: true })
    await writeFile(join(out, HANDOUT_FILES.participantPdf), 'an old build')
    const file = join(root, 'exercises/02-open-closed-or-hybrid.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^minutes: \d+$/m, 'minutes: twelve'))

    const error = await buildHandouts({ root, out }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExerciseError)
    expect((error as Error).message).toMatch(/exercises\/02-open-closed-or-hybrid\.md:4: `minutes` must be a number of minutes, 0 or more/)
    expect(await readFile(join(out, HANDOUT_FILES.participantPdf), 'utf8')).toBe('an old build')
    expect((await readdir(`${root}/exports`)).filter(name => name.startsWith('.'))).toEqual([])
  })
})
