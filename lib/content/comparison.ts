/**
 * The side-by-side comparison of open and closed models, along the dimensions the article raises.
 * Declared once: the deck's <ComparisonTable> and the participant handout both render this list.
 */
import type { OpennessLevel } from './spectrum'
import { spectrum } from './spectrum'

function articleExamples(where: (level: OpennessLevel) => boolean): string[] {
  return spectrum.filter(where).flatMap(level => level.examples.filter(example => example.inArticle).map(example => example.name))
}

export interface ComparisonRow {
  /** Stable id, used for test hooks and anchors. */
  id: string
  dimension: string
  open: string
  closed: string
}

export const comparison: readonly ComparisonRow[] = [
  {
    id: 'access',
    dimension: 'Access',
    open: 'Download the weights and run them on your own hardware',
    closed: 'Call a hosted API or app; pay per use or subscribe',
  },
  {
    id: 'transparency',
    dimension: 'Transparency',
    open: 'Weights (and sometimes code and data) open to outside audit',
    closed: 'Internals private; outsiders see behaviour and published reports',
  },
  {
    id: 'cost',
    dimension: 'Cost',
    open: 'Usually no licence fee, but not always (Stability AI charges above US$1M revenue); you pay for compute and expertise',
    closed: 'Fees per token or seat; the provider runs the infrastructure',
  },
  {
    id: 'control',
    dimension: 'Control and safety',
    open: 'Whoever holds a copy decides how it is used; safeguards can be removed',
    closed: 'The provider filters, monitors and can withdraw access',
  },
  {
    id: 'customisation',
    dimension: 'Customisation',
    open: 'Fine-tune, prune or inspect, within the licence\'s use limits (Llama\'s and Gemma\'s have some)',
    closed: 'Only what the provider exposes: prompts, settings, paid fine-tuning',
  },
  {
    id: 'builders',
    dimension: 'Who can build on it',
    open: 'Anyone, including small firms, universities and developing nations',
    closed: 'Paying customers, on the provider\'s terms and prices',
  },
  {
    id: 'examples',
    dimension: 'Examples in the article (2023–24 models)',
    // Read from the spectrum, so a model cannot be "open" here and "closed" there.
    open: `${articleExamples(level => level.id !== 'closed-api').join(', ')}, Hugging Face models`,
    closed: articleExamples(level => level.id === 'closed-api').join(', '),
  },
]
