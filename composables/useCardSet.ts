import type { CardProblem } from '../lib/cards/parse-card-set'
import type { CardSet } from '../lib/cards/schema'
import { parseCardSet } from '../lib/cards/parse-card-set'

// The same YAML files `npm run handouts` prints, bundled as text and validated in the browser.
const sources = import.meta.glob<string>('../content/cards/*.yaml', { query: '?raw', import: 'default', eager: true })

export interface UseCardSetReturn {
  /** The validated set, or undefined when it is missing or invalid. */
  set: CardSet | undefined
  /** What is wrong, as `file:line: message`, for the slide to show instead of the cards. */
  problems: CardProblem[]
}

/** A card set of content/cards/ by id (the file name without `.yaml`). */
export function useCardSet(id: string): UseCardSetReturn {
  const entry = Object.entries(sources).find(([path]) => path.endsWith(`/${id}.yaml`))
  if (!entry)
    return { set: undefined, problems: [{ file: `content/cards/${id}.yaml`, line: 1, message: 'no such card set' }] }
  const { set, problems } = parseCardSet(entry[1], `content/cards/${id}.yaml`)
  return { set, problems }
}
