import type { FactRegistry } from '../lib/facts/registry'
import { parseFacts } from '../lib/facts/parse-facts'
import { createRegistry } from '../lib/facts/registry'

// The same YAML files the checks and handouts read from disk, bundled as text and parsed once.
const sources = import.meta.glob<string>('../content/facts/*.yaml', { query: '?raw', import: 'default', eager: true })

let registry: FactRegistry | undefined

/** The fact registry of content/facts/ (validated by `npm run check`; a broken file shows as missing records). */
export function useFacts(): FactRegistry {
  registry ??= createRegistry(parseFacts(Object.entries(sources).map(([path, text]) => ({
    file: `content/facts/${path.split('/').at(-1)}`,
    text,
  }))).facts)
  return registry
}
