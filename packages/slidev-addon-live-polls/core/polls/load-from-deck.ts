/**
 * The polls a deck declares (slide frontmatter `poll:`), validated: every problem named by file,
 * line and slide. Pure: the deck comes read (node/deck-source.ts).
 *
 *   for (const { poll, slide, file } of pollsOfDeck(deck)) ...
 */
import type { LiveSlide } from '../deck.ts'
import type { Poll } from './schema.ts'
import { deckIssues, formatIssues, pollSchema } from './schema.ts'

export interface DeckPoll {
  poll: Poll
  /** 1-based slide number in the presentation (the number in the deck URL). */
  slide: number
  /** Source file of the slide, relative to the deck's folder. */
  file: string
  /** 1-based line where the slide starts in that file. */
  line: number
  /** Minutes planned for the slide (frontmatter `minutes:`), 0 if absent. */
  minutes: number
  /** The slide's title (its first heading), if any. */
  title?: string
}

export class PollDeclarationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid poll declaration${problems.length > 1
      ? 's'
      : ''}:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    this.name = 'PollDeclarationError'
  }
}

/** The validated polls of a deck; throws PollDeclarationError naming file, slide and problem. */
export function pollsOfDeck(deck: { slides: readonly LiveSlide[] }): DeckPoll[] {
  const problems: string[] = []
  const found: DeckPoll[] = []
  for (const slide of deck.slides) {
    const declared: unknown = slide.frontmatter.poll
    if (declared === undefined)
      continue
    const where = `${slide.file ?? 'slides'}:${slide.line ?? 0} (slide ${slide.no})`
    const parsed = pollSchema.safeParse(declared)
    if (!parsed.success) {
      problems.push(`${where}: ${formatIssues(parsed.error)}`)
      continue
    }
    const minutes = slide.frontmatter.minutes
    found.push({
      poll: parsed.data,
      slide: slide.no,
      file: slide.file ?? '',
      line: slide.line ?? 0,
      minutes: typeof minutes === 'number'
        ? minutes
        : 0,
      title: slide.title || undefined,
    })
  }
  for (const issue of deckIssues(found.map(f => f.poll))) {
    const at = found[issue.index]
    problems.push(`${at.file}:${at.line} (slide ${at.slide}): ${issue.message}`)
  }
  if (problems.length)
    throw new PollDeclarationError(problems)
  return found
}
