import { describe, expect, it } from 'vitest'
import { defaultExportPath } from './export-output'

describe('defaultExportPath', () => {
  it('gives an export with results a file of its own, so a plain export never overwrites it', () => {
    expect(defaultExportPath({ layout: 'slides' })).toBe('exports/slides.pdf')
    expect(defaultExportPath({ layout: 'slides', results: true })).toBe('exports/slides-results.pdf')
    expect(defaultExportPath({ layout: 'handout', results: true })).toBe('exports/handout-results.pdf')
    expect(defaultExportPath({ layout: 'notes', withClicks: true, dark: true, results: true })).toBe('exports/notes-with-clicks-dark-results.pdf')
  })
})
