/**
 * Reads the polls declared in the deck (slide frontmatter `poll:`), following `src:` includes the
 * same way Slidev does, and validates them. Used by the poll server and the facilitator guide.
 *
 *   const polls = await loadPollsFromDeck()          // slides.md at the repository root
 *   for (const { poll, slide, file } of polls) ...
 */
import type { Deck } from '../../../../lib/deck/types.ts'
import type { Poll } from './schema.ts'
import { basename, dirname, resolve } from 'node:path'
import process from 'node:process'
import { readDeck } from '../../../../lib/deck/read-deck.ts'
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

/** Loads and validates every poll of the deck; throws PollDeclarationError naming file, slide and problem. */
export async function loadPollsFromDeck(slidesPath = 'slides.md'): Promise<DeckPoll[]> {
  const entry = resolve(slidesPath)
  return pollsOfDeck(await readDeck(basename(entry), dirname(entry)))
}

/** The validated polls of a deck already read (the poll server reads it once for polls and remote). */
export function pollsOfDeck(deck: Deck): DeckPoll[] {
  const problems: string[] = []
  const found: DeckPoll[] = []
  for (const slide of deck.slides) {
    const declared: unknown = slide.frontmatter.poll
    if (declared === undefined)
      continue
    const where = `${slide.file}:${slide.line} (slide ${slide.no})`
    const parsed = pollSchema.safeParse(declared)
    if (!parsed.success) {
      problems.push(`${where}: ${formatIssues(parsed.error)}`)
      continue
    }
    const minutes = slide.frontmatter.minutes
    found.push({
      poll: parsed.data,
      slide: slide.no,
      file: slide.file,
      line: slide.line,
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

// `tsx lib/polls/load-from-deck.ts [slides.md]` prints the polls, or the problems and exit code 1.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  loadPollsFromDeck(process.argv[2]).then(
    polls => polls.forEach(p => console.log(`slide ${p.slide}\t${p.poll.kind}\t${p.poll.id}\t${p.file}`)),
    (error: Error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
