import { describe, expect, it } from 'vitest'
import { loadCardSets } from './load-cards'
import { parseCardSet } from './parse-card-set'

const FILE = 'content/cards/scenarios.yaml'
const valid = `kind: scenario
title: Scenarios
intro: Decide.
cards:
  - id: hospital
    title: Hospital
    situation: A hospital.
    facts: [Risky]
    choice: closed
    why: High risk.
`

describe('parseCardSet', () => {
  it('reads a valid set, with its id from the file name', () => {
    const { set, problems } = parseCardSet(valid, FILE)
    expect(problems).toEqual([])
    expect(set).toMatchObject({ id: 'scenarios', kind: 'scenario', cards: [{ id: 'hospital', choice: 'closed' }] })
  })

  it('names the line of a wrong value and of an unknown field', () => {
    const { problems } = parseCardSet(valid.replace('choice: closed', 'choice: maybe').replace('    why: High risk.', '    why: High risk.\n    colour: red'), FILE)
    expect(problems).toEqual([
      { file: FILE, line: 9, message: expect.stringContaining('`cards.0.choice` must be `open`, `closed` or `hybrid`') },
      { file: FILE, line: 11, message: expect.stringContaining('unknown field `colour`') },
    ])
  })

  it('names a missing field and a duplicate card id', () => {
    const twice = `${valid}${valid.slice(valid.indexOf('  - id'))}`
    expect(parseCardSet(twice, FILE).problems).toEqual([{ file: FILE, line: 11, message: expect.stringContaining('duplicate card id "hospital" (first on line 5)') }])
    expect(parseCardSet(valid.replace('    situation: A hospital.\n', ''), FILE).problems).toEqual([{ file: FILE, line: 5, message: expect.stringContaining('`cards.0.situation` is missing') }])
  })

  it('reports YAML that does not parse, with its line', () => {
    expect(parseCardSet(valid.replace('title: Hospital', 'title: [Hospital'), FILE).problems[0]).toMatchObject({ file: FILE, message: expect.stringContaining('not valid YAML') })
  })

  it('loads every card set of the project', async () => {
    const sets = await loadCardSets()
    expect(sets.map(set => set.id)).toEqual(['eu-ai-act', 'glossary', 'licences', 'roles', 'scenarios'])
  })
})
