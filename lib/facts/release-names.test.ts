import { describe, expect, it } from 'vitest'
import { collectFacts } from './load-facts'
import { releaseMentions, unknownReleases } from './release-names'

const { registry } = await collectFacts()

describe('releaseMentions', () => {
  it('finds a brand followed by a version, spaced or glued', () => {
    const line = 'Gemma 4 and Gemma 3, DeepSeek-V3.2-Exp, Qwen3-Max, Qwen3.5, gpt-oss-120b, GPT-J-6B, Kimi K2.5, Stable Diffusion 1.x.'
    expect(releaseMentions(line, registry.brands).map(m => m.text)).toEqual(['Gemma 4', 'Gemma 3', 'DeepSeek-V3.2-Exp', 'Qwen3-Max', 'Qwen3.5', 'gpt-oss-120b', 'GPT-J-6B', 'Kimi K2.5', 'Stable Diffusion 1.x'])
  })

  it('ignores brands without a version, fact references, code and paths', () => {
    expect(releaseMentions('the Gemma Terms of Use, Llama\'s licence, Llama-based models, ChatGPT-4', registry.brands)).toEqual([])
    expect(releaseMentions('@fact(qwen3-5.date) `gemma-9` models/llama4 https://x.org/gemma-7', registry.brands)).toEqual([])
  })
})

describe('unknownReleases', () => {
  it('names each mention no record knows, with its line', () => {
    expect(unknownReleases('Gemma 4 is fine.\nGemma 5 and Llama 3.1 are not.', registry)).toEqual([
      { line: 2, text: 'Gemma 5' },
      { line: 2, text: 'Llama 3.1' },
    ])
  })
})
