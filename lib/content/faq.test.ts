import { describe, expect, it } from 'vitest'
import { collectFaq, parseFaq } from './faq'

describe('parseFaq', () => {
  it('reads questions with their lines, and names the line of a mistake', () => {
    const text = 'questions:\n  - id: one\n    question: Is it open?\n    answer: Yes, in the sense the records give.\n    facts: [gemma-4]\n'
    expect(parseFaq(text).questions).toEqual([expect.objectContaining({ id: 'one', line: 2, facts: ['gemma-4'] })])
    expect(parseFaq(text.replace('facts: [gemma-4]', 'facts: []')).problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('needs at least one fact record') })])
  })

  it('reads the project\'s FAQ: about ten questions, each resting on records', async () => {
    const { questions, problems } = await collectFaq()
    expect(problems).toEqual([])
    expect(questions.length).toBeGreaterThanOrEqual(10)
    expect(questions.map(q => q.question)).toEqual(expect.arrayContaining(['Is Llama open source?', 'Is DeepSeek safe to use?']))
  })
})
