/**
 * The openness spectrum: "open" is not one thing. Declared once; the deck's <OpennessSpectrum>
 * and the participant handout both render it. Placements follow the fact sheet's sources
 * (OSI's Open Source AI Definition 1.0 and its 2024 review, model cards and release notes).
 */
export type OpennessLevelId = 'closed-api' | 'open-weights-restrictive' | 'open-weights-permissive' | 'osi-open-source'

export interface OpennessLevel {
  id: OpennessLevelId
  /** Short name shown on the spectrum. */
  label: string
  /** What you actually get at this level. */
  youGet: string
  /** The article's examples (and a few added ones, cited in the notes) placed at this level. */
  examples: readonly SpectrumExample[]
}

export interface SpectrumExample {
  name: string
  /** Why it sits here: licence and what was released. */
  evidence: string
  /** True when the article itself names the model; false when the deck adds it. */
  inArticle: boolean
}

export const spectrum: readonly OpennessLevel[] = [
  {
    id: 'closed-api',
    label: 'Closed, API only',
    youGet: 'Answers from a hosted service; no weights, code or data',
    examples: [
      { name: 'GPT-4', evidence: 'ChatGPT and a paid API; weights private', inArticle: true },
      { name: 'Claude 3', evidence: 'Anthropic\'s app and API; weights private', inArticle: true },
      { name: 'Gemini', evidence: 'Google\'s app and API; weights private', inArticle: true },
    ],
  },
  {
    id: 'open-weights-restrictive',
    label: 'Open weights, restrictive licence',
    youGet: 'Weights to download, with use limits in a custom licence',
    examples: [
      { name: 'Llama 2, Llama 3', evidence: 'Meta\'s community licence limits some uses; not OSI open source', inArticle: true },
      { name: 'Stable Diffusion', evidence: 'OpenRAIL-style licence with use restrictions', inArticle: true },
    ],
  },
  {
    id: 'open-weights-permissive',
    label: 'Open weights, permissive licence',
    youGet: 'Weights under a standard open licence; training data withheld',
    examples: [
      { name: 'gpt-oss', evidence: 'OpenAI, Aug 2025, Apache-2.0; no training data', inArticle: false },
      { name: 'DeepSeek-R1', evidence: 'DeepSeek, Jan 2025, MIT; no training code or data', inArticle: false },
    ],
  },
  {
    id: 'osi-open-source',
    label: 'Open source (OSI definition)',
    youGet: 'Weights, full code, and detailed data information, all under open terms',
    examples: [
      { name: 'OLMo', evidence: 'AI2; passes OSI\'s Open Source AI Definition', inArticle: false },
      { name: 'GPT-J', evidence: 'EleutherAI, Apache-2.0, trained on the public Pile', inArticle: true },
    ],
  },
]
