import type { DeckProblem } from '../deck/types'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readDeck } from '../deck/read-deck'
import { checkFacts, checkReleaseNames, staleWarnings } from './deck-check'
import { collectFacts } from './load-facts'

// The real deck, copied so that each test can break one thing and see the check name it.
let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'facts-check-'))
  for (const part of ['slides.md', 'pages', 'exercises', 'content'])
    await cp(part, join(root, part), { recursive: true })
})
afterEach(() => rm(root, { recursive: true, force: true }))

async function edit(file: string, from: string, to: string) {
  const path = join(root, file)
  const text = await readFile(path, 'utf8')
  expect(text, `${file} contains ${from}`).toContain(from)
  await writeFile(path, text.replace(from, to))
}

const errors = (problems: DeckProblem[]) => problems.filter(problem => !problem.warning)

describe('checkFacts and checkReleaseNames', () => {
  it('pass on the real deck', async () => {
    const deck = await readDeck('slides.md', root)
    expect(errors(await checkFacts(deck))).toEqual([])
    expect(await checkReleaseNames(deck)).toEqual([])
  })

  it('fail on a claim that names a release without a record, at its line', async () => {
    await edit('pages/07-recent-trends.md', '# Most big labs now ship both', '# Most big labs now ship both, even Gemma 5')
    await edit('content/cards/scenarios.yaml', 'A school network wants', 'A school network running Llama 3.1 wants')
    const problems = await checkReleaseNames(await readDeck('slides.md', root))
    expect(problems).toEqual([
      expect.objectContaining({ file: 'pages/07-recent-trends.md', message: expect.stringContaining('"Gemma 5" names a release without a record') }),
      expect.objectContaining({ file: 'content/cards/scenarios.yaml', message: expect.stringContaining('"Llama 3.1" names a release without a record') }),
    ])
    const lines = (await readFile(join(root, 'pages/07-recent-trends.md'), 'utf8')).split('\n')
    expect(lines[problems[0]!.line - 1]).toContain('Gemma 5')
  })

  it('fail on a reference to a record, a field or a block that does not exist', async () => {
    await edit('pages/03-side-by-side.md', '@fact(stable-diffusion-3-5.short)', '@fact(stable-diffusion-9.short) @fact(gemma-4.colour)')
    await edit('pages/99-sources.md', '@facts(sources-1)', '@facts(bibliography)')
    const problems = errors(await checkFacts(await readDeck('slides.md', root)))
    expect(problems.map(p => [p.file, p.message])).toEqual([
      ['pages/03-side-by-side.md', expect.stringContaining('no record "stable-diffusion-9"')],
      ['pages/03-side-by-side.md', expect.stringContaining('"@fact(gemma-4.colour)" asks for an unknown field')],
      ['pages/99-sources.md', expect.stringContaining('no block "@facts(bibliography)"')],
    ])
  })

  it('fail on an FAQ answer resting on a record that does not exist, and on a record the comparison table needs', async () => {
    await edit('content/faq.yaml', 'facts: [llama-4, llama-2, osi-review]', 'facts: [llama-4, llama-7]')
    await edit('content/facts/releases.yaml', 'id: stable-diffusion-3-5', 'id: stable-diffusion-35')
    const problems = errors(await checkFacts(await readDeck('slides.md', root)))
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'content/faq.yaml', message: expect.stringContaining('"is-llama-open-source" rests on "llama-7"') }),
      expect.objectContaining({ file: 'lib/content/comparison.ts', message: expect.stringContaining('no fact record "stable-diffusion-3-5"') }),
    ]))
  })

  it('fail on a fact file that does not validate, naming its line', async () => {
    await edit('content/facts/policy.yaml', 'status: adopted', 'status: maybe')
    const problems = errors(await checkFacts(await readDeck('slides.md', root)))
    expect(problems[0]).toMatchObject({ file: 'content/facts/policy.yaml', message: expect.stringContaining('status` must be one of') })
  })
})

describe('staleWarnings', () => {
  it('warns, without failing, about every record checked more than 90 days before today', async () => {
    const { registry } = await collectFacts()
    expect(staleWarnings(registry.facts, new Date('2026-12-03'))).toEqual([])
    const later = staleWarnings(registry.facts, new Date('2027-04-01'))
    expect(later.length).toBe(registry.facts.length)
    expect(later.every(problem => problem.warning)).toBe(true)
    expect(later[0]).toMatchObject({ file: expect.stringMatching(/^content\/facts\//), message: expect.stringMatching(/was last checked .*, \d+ days ago: re-check it against/) })
  })
})
