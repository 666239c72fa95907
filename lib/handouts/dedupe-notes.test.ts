import { describe, expect, it } from 'vitest'
import { NoteDeduper } from './dedupe-notes'

describe('noteDeduper', () => {
  it('keeps a sentence where it first occurs and drops it later, line by line', () => {
    const notes = new NoteDeduper()
    expect(notes.take('Reveal the results with the next click. Then ask why.')).toBe('Reveal the results with the next click. Then ask why.')
    expect(notes.take('- Reveal the results with the next click.\n- Ask the room which answer surprised them.')).toBe('- Ask the room which answer surprised them.')
  })

  it('keeps short structural fragments and tables', () => {
    const notes = new NoteDeduper()
    notes.take('Sources: a. | a | b |')
    expect(notes.take('Sources: b.\n| a | b |')).toBe('Sources: b.\n| a | b |')
  })
})
