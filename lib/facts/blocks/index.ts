/** The `@facts(name)` blocks a slide, a note or an exercise can use. */
import type { FactBlock } from '../expand.ts'
import { labsBlock } from './labs.ts'
import { licenceAnswersBlock } from './licence-answers.ts'
import { sourcesBlock, sourcesHalfBlock } from './sources.ts'
import { timelineBlock } from './timeline.ts'

export const FACT_BLOCKS: Readonly<Record<string, FactBlock>> = {
  'timeline': timelineBlock,
  'labs': labsBlock,
  'sources': sourcesBlock,
  'sources-1': sourcesHalfBlock(0),
  'sources-2': sourcesHalfBlock(1),
  'licence-answers': licenceAnswersBlock,
}
