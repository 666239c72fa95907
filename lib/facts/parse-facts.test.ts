import { describe, expect, it } from 'vitest'
import { collectFacts } from './load-facts'
import { normaliseName, parseFactFile, parseFacts } from './parse-facts'

const FILE = 'content/facts/releases.yaml'
const valid = `facts:
  - id: gemma-4
    kind: release
    name: Gemma 4
    lab: Google
    brand: Gemma
    date: 2026-04
    band: open-weights-permissive
    claim: Gemma 4 is released under Apache-2.0.
    value: Apache-2.0
    licence:
      name: Apache License 2.0
      version: '2.0'
      clauses:
        - { id: grant, where: section 2, quote: 'Subject to the terms...', gist: Any purpose }
    source: { title: Gemma 4 model page, publisher: Google, url: 'https://ai.google.dev/' }
    checkedOn: 2026-12-03
    checkedAgainst: The model page.
    status: adopted
    volatility: medium
`

describe('parseFactFile', () => {
  it('reads a valid record with its file and line', () => {
    const { facts, problems } = parseFactFile({ file: FILE, text: valid })
    expect(problems).toEqual([])
    expect(facts).toEqual([expect.objectContaining({ id: 'gemma-4', file: FILE, line: 2, osi: 'not-evaluated', aliases: [], spectrum: false })])
  })

  it('names the line of a wrong status and of an unknown field', () => {
    const text = valid.replace('status: adopted', 'status: rumoured').replace('    volatility: medium', '    volatility: medium\n    colour: red')
    expect(parseFactFile({ file: FILE, text }).problems).toEqual([
      { file: FILE, line: 19, message: expect.stringContaining('`facts.0.status` must be one of adopted, proposal, announced, disputed') },
      { file: FILE, line: 21, message: expect.stringContaining('unknown field `colour`') },
    ])
  })

  it('needs a licence for an open release and a note of what was read for a dated check', () => {
    const text = valid.replace(/ {4}licence:[\s\S]*?gist: Any purpose \}\n/, '').replace('    checkedAgainst: The model page.\n', '')
    expect(parseFactFile({ file: FILE, text }).problems).toEqual([
      { file: FILE, line: 12, message: expect.stringContaining('"gemma-4" was checked on 2026-12-03: add `checkedAgainst:`') },
      { file: FILE, line: 8, message: expect.stringContaining('"gemma-4" is open weights (open-weights-permissive): add its `licence:`') },
    ])
    // A month alone says the record was carried over, not re-read: no note needed.
    expect(parseFactFile({ file: FILE, text: valid.replace('checkedOn: 2026-12-03', 'checkedOn: 2026-11') }).problems).toEqual([])
  })

  it('refuses a pipe in text that lands in tables, and a colon in a timeline label', () => {
    const text = valid.replace('value: Apache-2.0', 'value: Apache | MIT').replace('    volatility: medium', '    volatility: medium\n    timeline: \'Gemma: Apache\'')
    expect(parseFactFile({ file: FILE, text }).problems.map(p => p.message)).toEqual([
      expect.stringContaining('must not contain `|`'),
      expect.stringContaining('must not contain `:`'),
    ])
  })

  it('reports YAML that does not parse, with its line', () => {
    expect(parseFactFile({ file: FILE, text: valid.replace('name: Gemma 4', 'name: [Gemma 4') }).problems[0]).toMatchObject({ file: FILE, message: expect.stringContaining('not valid YAML') })
  })
})

describe('parseFacts', () => {
  it('refuses one id or one name for two records, across files', () => {
    const other = valid.replace('id: gemma-4', 'id: gemma-four')
    const { problems } = parseFacts([{ file: FILE, text: valid }, { file: 'content/facts/more.yaml', text: `${other}\n${valid.replace('facts:\n', '')}` }])
    expect(problems.map(p => p.message)).toEqual([
      expect.stringContaining('"Gemma 4" names two records'),
      expect.stringContaining('duplicate fact id "gemma-4" (first in content/facts/releases.yaml:2)'),
    ])
  })

  it('compares names without case, spaces or hyphens', () => {
    expect(normaliseName('DeepSeek R1')).toBe(normaliseName('deepseek-r1'))
  })

  it('loads every record of the project without a problem', async () => {
    const { registry, problems } = await collectFacts()
    expect(problems).toEqual([])
    expect(registry.facts.length).toBeGreaterThan(30)
    // Licences are per release: the brand has two records with two licences.
    expect([registry.get('gemma-3').value, registry.get('gemma-4').value]).toEqual(['Gemma Terms of Use', 'Apache-2.0'])
  })
})
