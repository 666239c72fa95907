import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collectExercises, loadExercises } from './load-exercises'

describe('loadExercises', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'exercises-'))
    await (await import('node:fs/promises')).mkdir(join(root, 'exercises'))
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('loads the project\'s exercises in file order', async () => {
    const exercises = await loadExercises()
    expect(exercises.map(e => e.number)).toEqual([1, 2, 3, 4, 5])
    expect(exercises.every(e => e.solution && e.notes.length)).toBe(true)
  })

  it('reports a duplicate id with both files', async () => {
    const source = await readFile('exercises/05-exit-ticket.md', 'utf8')
    await writeFile(join(root, 'exercises/05-exit-ticket.md'), source)
    await writeFile(join(root, 'exercises/06-exit-ticket.md'), source.replace('id: exit-ticket', 'id: exit-ticket'))
    const { problems } = await collectExercises({ root })
    expect(problems).toContainEqual({
      file: 'exercises/06-exit-ticket.md',
      line: 2,
      message: expect.stringContaining('duplicate id "exit-ticket" (also in exercises/05-exit-ticket.md)'),
    })
  })

  it('throws one error that lists every problem', async () => {
    await writeFile(join(root, 'exercises/01-broken.md'), '---\nid: broken\n---\n\n# Broken\n')
    await expect(loadExercises({ root })).rejects.toThrow(/exercises\/01-broken\.md:1: `title` is missing/)
  })
})
