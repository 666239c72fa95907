/**
 * The openness spectrum: "open" is not one thing. Declared once; the deck's <OpennessSpectrum>,
 * the comparison table's examples, the licence cards and the handouts all read it, and the deck
 * checks compare the exercise's sample answer with it. Each model is placed by its evidence
 * (licence text, what was released, OSI's review), as of November 2026; sources are in
 * `evidence` and on the sources slide.
 */
export type OpennessLevelId = 'closed-api' | 'open-weights-restrictive' | 'open-weights-permissive' | 'osi-open-source'

/** What the Open Source Initiative said about the model: its 2024 review of OSAID 1.0, or nothing. */
export type OsiStatus = 'passed' | 'fell-short' | 'not-evaluated'

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
  /** Stable id: cards and checks name a model by it. */
  id: string
  name: string
  /** Why it sits here: licence and what was released, with dates. */
  evidence: string
  /** True when the article itself names the model; false when the deck adds it. */
  inArticle: boolean
  osi: OsiStatus
}

export const spectrum: readonly OpennessLevel[] = [
  {
    id: 'closed-api',
    label: 'Closed, API only',
    youGet: 'Answers from a hosted service; no weights, code or data',
    examples: [
      { id: 'gpt-4', name: 'GPT-4 (2023)', evidence: 'App and paid API only; weights private. Retired from ChatGPT on 30 Apr 2025 (GPT-5 followed on 7 Aug 2025)', inArticle: true, osi: 'not-evaluated' },
      { id: 'claude-3', name: 'Claude 3 (2024)', evidence: 'Anthropic\'s app and API; weights private', inArticle: true, osi: 'not-evaluated' },
      { id: 'gemini', name: 'Gemini', evidence: 'Google\'s app and API; weights private', inArticle: true, osi: 'not-evaluated' },
      { id: 'muse-spark', name: 'Muse Spark (Meta, 2026)', evidence: 'Launched 8 Apr 2026 as a proprietary model without public weights; powers Meta AI', inArticle: false, osi: 'not-evaluated' },
    ],
  },
  {
    id: 'open-weights-restrictive',
    label: 'Open weights, restrictive licence',
    youGet: 'Weights to download, with use limits in a custom licence',
    examples: [
      { id: 'llama', name: 'Llama 2, Llama 3', evidence: 'Meta\'s community licence limits some uses; OSI\'s 2024 review: Llama 2 falls short of its definition', inArticle: true, osi: 'fell-short' },
      { id: 'llama-4', name: 'Llama 4 (2025)', evidence: 'Llama 4 Community License (5 Apr 2025): 700-million-monthly-user clause and an acceptable use policy', inArticle: false, osi: 'not-evaluated' },
      { id: 'gemma', name: 'Gemma', evidence: 'Gemma Terms of Use: a prohibited use policy, and Google may restrict use it believes breaches them', inArticle: false, osi: 'not-evaluated' },
      { id: 'stable-diffusion', name: 'Stable Diffusion', evidence: '1.x: CreativeML OpenRAIL-M use restrictions; 3 and 3.5: Stability AI Community License, paid above US$1M annual revenue', inArticle: true, osi: 'not-evaluated' },
    ],
  },
  {
    id: 'open-weights-permissive',
    label: 'Open weights, permissive licence',
    youGet: 'Weights under a standard open licence (Apache-2.0, MIT); training data usually withheld',
    examples: [
      { id: 'gpt-oss', name: 'gpt-oss (OpenAI, 2025)', evidence: 'Released 5 Aug 2025 under Apache-2.0; weights only, no training data', inArticle: false, osi: 'not-evaluated' },
      { id: 'deepseek-r1', name: 'DeepSeek-R1 (2025)', evidence: 'Released 20 Jan 2025 under MIT; training code and data not released', inArticle: false, osi: 'not-evaluated' },
      { id: 'qwen3', name: 'Qwen3 (Alibaba, 2025)', evidence: 'Released Apr 2025 under Apache-2.0', inArticle: false, osi: 'not-evaluated' },
      { id: 'gpt-j', name: 'GPT-J (2021)', evidence: 'EleutherAI, Apache-2.0 weights and code, trained on the public Pile; OSI never evaluated it, so no certification is claimed', inArticle: true, osi: 'not-evaluated' },
    ],
  },
  {
    id: 'osi-open-source',
    label: 'Open source (meets OSI\'s definition)',
    youGet: 'Weights, full code, and detailed data information, all under open terms',
    examples: [
      { id: 'olmo', name: 'OLMo (AI2)', evidence: 'Passed OSI\'s evaluation of its Open Source AI Definition 1.0 (2024)', inArticle: false, osi: 'passed' },
      { id: 'pythia', name: 'Pythia (EleutherAI)', evidence: 'Passed OSI\'s evaluation (2024); from the same lab as GPT-J', inArticle: false, osi: 'passed' },
    ],
  },
]

/** Every placed model with its level, for lookups by id or name. */
export const spectrumModels = spectrum.flatMap(level => level.examples.map(example => ({ ...example, level })))

export function findModel(id: string) {
  return spectrumModels.find(model => model.id === id)
}
