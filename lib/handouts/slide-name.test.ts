import { describe, expect, it } from 'vitest'
import { slideName } from './slide-name.ts'

describe('slideName', () => {
  it('takes the heading, then the poll question, then the part a divider opens', () => {
    expect(slideName({ number: 3, title: 'Side by side', frontmatter: { part: 'Compare' } })).toBe('Side by side')
    expect(slideName({ number: 4, title: '', frontmatter: { poll: { question: 'One word?' } } })).toBe('One word?')
    expect(slideName({ number: 7, title: ' ', frontmatter: { layout: 'section', part: 'What is open source AI?' } })).toBe('Section: What is open source AI?')
    expect(slideName({ number: 9, title: '', frontmatter: { layout: 'statement' } })).toBe('Slide 9 (statement)')
  })
})
