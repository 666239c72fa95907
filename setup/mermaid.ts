import { defineMermaidSetup } from '@slidev/types'

export default defineMermaidSetup(() => ({
  // The deck's fonts are bundled; Mermaid must not fall back to a web font it would fetch.
  fontFamily: '\'Inter Variable\', system-ui, sans-serif',
}))
