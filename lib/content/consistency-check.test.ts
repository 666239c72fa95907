import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkCards } from '../cards/deck-check'
import { readDeck } from '../deck/read-deck'
import { checkContent, markdownTables } from './consistency-check'

// The real deck, copied so that each test can break one claim and see the check name it.
let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'content-check-'))
  for (const part of ['slides.md', 'pages', 'exercises', 'content'])
    await cp(part, join(root, part), { recursive: true })
})
afterEach(() => rm(root, { recursive: true, force: true }))

async function edit(file: string, from: string | RegExp, to: string) {
  const path = join(root, file)
  const text = await readFile(path, 'utf8')
  const next = text.replace(from, to)
  expect(next, `${file} contains ${from}`).not.toBe(text)
  await writeFile(path, next)
}

const check = async () => [...await checkContent(await readDeck('slides.md', root)), ...await checkCards(await readDeck('slides.md', root))]

describe('content and card checks', () => {
  it('pass on the real deck', async () => {
    expect(await check()).toEqual([])
  })

  it('fail when a hand-written sample answer places a release in another band than its record', async () => {
    await edit('exercises/01-place-the-models.md', '@facts(licence-answers)', '| Model | Band | The clause that decides |\n| --- | --- | --- |\n| Gemma 3 (2025) | Open weights, permissive licence | its terms |')
    const problems = await check()
    expect(problems).toEqual([expect.objectContaining({ file: 'exercises/01-place-the-models.md', message: expect.stringContaining('puts Gemma 3 in "Open weights, permissive licence", but its record puts it in "Open weights, restrictive licence"') })])
    const lines = (await readFile(join(root, 'exercises/01-place-the-models.md'), 'utf8')).split('\n')
    expect(lines[problems[0]!.line - 1]).toContain('| Gemma 3 (2025) |')
  })

  it('fail when a slide table puts a release under another band', async () => {
    await edit('pages/07-recent-trends.md', '@facts(labs)', '| Release | Band |\n| --- | --- |\n| Gemma 4 | Open weights, restrictive licence |')
    expect(await check()).toEqual([expect.objectContaining({ file: 'pages/07-recent-trends.md', message: expect.stringContaining('this slide puts Gemma 4 in "Open weights, restrictive licence", but its record puts it in "Open weights, permissive licence"') })])
  })

  it('fail when the sample answer and the scenario card choose differently', async () => {
    await edit('content/cards/scenarios.yaml', 'choice: closed', 'choice: open')
    expect(await check()).toEqual([expect.objectContaining({ file: 'exercises/02-open-closed-or-hybrid.md', message: expect.stringContaining('its scenario card says "open"') })])
  })

  it('fail on a card set an exercise lists that does not exist', async () => {
    await edit('exercises/03-stakeholder-debate.md', '{ cards: roles }', '{ cards: role-cards }')
    expect(await check()).toEqual([expect.objectContaining({ file: 'exercises/03-stakeholder-debate.md', line: 11, message: expect.stringContaining('card set "role-cards" does not exist') })])
  })

  it('fail on a countdown longer than its slide\'s minutes', async () => {
    await edit('exercises/02-open-closed-or-hybrid.md', 'countdown: 6', 'countdown: 12')
    expect(await check()).toEqual([expect.objectContaining({ message: expect.stringContaining('`countdown: 12` is longer than the slide\'s `minutes: 7`') })])
  })

  it('fail on a licence card whose release has no record, at its line', async () => {
    await edit('content/cards/licences.yaml', 'release: gemma-3', 'release: gemma-9')
    const problems = await check()
    expect(problems).toEqual([expect.objectContaining({ file: 'content/cards/licences.yaml', message: expect.stringContaining('release "gemma-9" is not a release record') })])
    const lines = (await readFile(join(root, 'content/cards/licences.yaml'), 'utf8')).split('\n')
    expect(lines[problems[0]!.line - 1]).toContain('id: gemma-3-terms')
  })

  it('fail on a licence card quoting a clause its release does not have, and on a role without its evidence', async () => {
    await edit('content/cards/licences.yaml', 'clause: use-restrictions', 'clause: section-9')
    await edit('content/cards/roles.yaml', 'evidence: gpt-oss', 'evidence: gpt-9')
    expect(await check()).toEqual([
      expect.objectContaining({ file: 'content/cards/licences.yaml', message: expect.stringContaining('"gemma-3" has no licence clause "section-9": use one of use-restrictions, remote-restriction') }),
      expect.objectContaining({ file: 'content/cards/roles.yaml', message: expect.stringContaining('evidence "gpt-9" is not a fact record') }),
    ])
  })
})
describe('markdownTables', () => {
  it('reads header and rows, without bold markers', () => {
    expect(markdownTables('| A | B |\n| --- | --- |\n| **x** | y |\n\ntext')).toEqual([{ header: ['A', 'B'], rows: [{ cells: ['x', 'y'], raw: '| **x** | y |' }] }])
  })
})
