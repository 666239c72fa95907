/**
 * The side-by-side comparison of open and closed models, along the dimensions the article raises.
 * Declared once: the deck's <ComparisonTable> and the participant handout both render this list.
 */
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
    open: 'No licence fee; you pay for compute and expertise',
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
    open: 'Fine-tune, prune or inspect freely, within the licence',
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
    dimension: 'Examples in the article',
    open: 'Llama 2 and 3, Stable Diffusion, GPT-J, Hugging Face models',
    closed: 'GPT-4 (ChatGPT), Claude 3, Gemini',
  },
]
