/**
 * The deck as the checks and the browser tests see it: the same source Slidev builds from,
 * read once with Slidev's own loader, with each slide's place in its file.
 */

/** One thing wrong with the deck, at a place a presenter can open. */
export interface DeckProblem {
  /** Source file relative to the deck folder, e.g. `pages/07-recent-trends.md`. */
  file: string
  /** 1-based line in that file. */
  line: number
  /** 1-based slide number as in the deck's URL; absent when the problem is not tied to one slide. */
  slide?: number
  message: string
  /** Reported but does not fail the check (e.g. a fact not re-checked for 90 days). */
  warning?: boolean
}

/** A ```mermaid block of a slide. */
export interface MermaidBlock {
  /** The diagram source between the fences. */
  code: string
  /** 1-based line of the opening fence in the file. */
  line: number
  /** The options after the language name, e.g. `{scale: 0.8}`; empty when none. */
  options: string
  /** The first keyword of the diagram, e.g. `flowchart`, `quadrantChart`. */
  type: string
}

export interface DeckSlide {
  /** 1-based slide number, as in the deck's URL (hidden slides are left out, as Slidev does). */
  no: number
  file: string
  /** 1-based line of the slide's start (its `---` separator, or line 1) in `file`. */
  line: number
  frontmatter: Record<string, unknown>
  /** 1-based line of each top-level frontmatter key in `file` (problems point at the field). */
  fieldLines: Record<string, number>
  /** The slide's title (its first heading, or frontmatter `title:`); empty when it has none. */
  title: string
  /** Raw Markdown of the slide body. */
  content: string
  /** Raw presenter notes, without the "Planned" line the preparser adds at build time. */
  note: string
  mermaid: MermaidBlock[]
}

/** A YAML error in a slide's frontmatter, wherever that slide is (also in files that fail to load). */
export interface FrontmatterError {
  file: string
  line: number
  message: string
}

export interface Deck {
  /** Absolute folder of the deck. */
  root: string
  /** Entry file relative to root, e.g. `slides.md`. */
  entry: string
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
  /** Problems the loader itself reported: YAML errors, missing `src:` files, circular imports. */
  loadErrors: FrontmatterError[]
}

/** A check reads the deck and returns what is wrong; an empty list means the deck passes. */
export type DeckCheck = (deck: Deck) => DeckProblem[] | Promise<DeckProblem[]>

export function formatProblem(problem: DeckProblem): string {
  const where = `${problem.file}:${problem.line}`
  const message = problem.warning ? `warning: ${problem.message}` : problem.message
  return problem.slide ? `${where} (slide ${problem.slide}): ${message}` : `${where}: ${message}`
}
