import { describe, expect, it } from 'vitest'
import { minutesProblem, unclosedFlowLine, yamlHint } from './frontmatter-rules'

describe('frontmatter rules', () => {
  it('minutes: a number, 0 or more, in one wording', () => {
    expect(minutesProblem(0)).toBeUndefined()
    expect(minutesProblem(12)).toBeUndefined()
    expect(minutesProblem('ten')).toBe('`minutes` must be a number of minutes, 0 or more, e.g. `minutes: 12` (found "ten")')
    expect(minutesProblem(-1)).toMatch(/0 or more/)
    expect(minutesProblem(undefined)).toMatch(/^no `minutes:`/)
  })

  it('hints that fit the YAML error', () => {
    expect(yamlHint('Flow sequence in block collection must be sufficiently indented and end with a ]')).toMatch(/close the `\[` list/)
    expect(yamlHint('Nested mappings are not allowed in compact mappings')).toBe('quote values that contain a colon')
    expect(yamlHint('Map keys must be unique')).toMatch(/appears twice/)
  })

  it('points an unclosed list at the line that opened it', () => {
    const lines = ['id: x', 'objectives: [one, two', '  - three', 'title: "a [b"', 'kind: exercise']
    expect(unclosedFlowLine(lines, 2, 6)).toBe(3)
    expect(unclosedFlowLine(['a: 1', 'b: 2'], 2, 3)).toBe(3)
  })
})
