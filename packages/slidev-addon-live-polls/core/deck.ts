/**
 * What the live-poll engine needs of a deck, read one of three ways: from Slidev's own loaded data
 * (workshop, dev and export: the preparser has run, as on the slides), from the manifest the build
 * writes beside the built deck (`live-polls serve`), or from the source without Slidev (the
 * launcher's early checks, the report). Every consumer takes this shape, never a file name.
 */
import { z } from 'zod'

export interface LiveSlide {
  /** 1-based, as in the deck's URL. */
  no: number
  title: string
  frontmatter: Record<string, unknown>
  /** Presenter notes, Markdown. */
  note: string
  /** Source file, relative to the deck's folder, and the line its slide starts on (for messages). */
  file?: string
  line?: number
}

/** The headmatter's `livePolls:` block: what a deck tells the addon. */
export const livePollsOptionsSchema = z.strictObject({
  /**
   * Folders of the deck (relative to it) served to nobody, not even the presenter's machine: like
   * the results folder, e.g. printed guides. Each is also left out of what Vite may serve.
   */
  private: z.array(z.string().min(1)).default([]),
  /**
   * URL paths (prefixes) only the presenter's machine reaches, even with --share-deck: e.g. a
   * facilitator's guide shipped beside the built deck.
   */
  presenterOnly: z.array(z.string().startsWith('/')).default([]),
  /** A file of words never shown in word clouds, one a line (relative to the deck). */
  blocklist: z.string().default('polls/blocklist.txt'),
  /** A module (relative to the deck) whose default export is the addon's theme in the deck's colours. */
  theme: z.string().optional(),
  /** Minutes of the session planned on no slide: the phone remote's "behind plan" spends them first. */
  bufferMinutes: z.number().min(0).default(0),
}).default({ private: [], presenterOnly: [], blocklist: 'polls/blocklist.txt', bufferMinutes: 0 })

export type LivePollsOptions = z.output<typeof livePollsOptionsSchema>

export interface LiveDeck {
  /** The deck's title (headmatter `title`), shown on the phone pages and the report. */
  title: string
  options: LivePollsOptions
  slides: LiveSlide[]
}

export class DeckOptionsError extends Error {
  override name = 'DeckOptionsError'
}

/** The addon's options from a deck's headmatter; a bad block is one sentence naming the field. */
export function deckOptions(headmatter: Record<string, unknown>): LivePollsOptions {
  const parsed = livePollsOptionsSchema.safeParse(headmatter.livePolls ?? undefined)
  if (parsed.success)
    return parsed.data
  const issue = parsed.error.issues[0]!
  throw new DeckOptionsError(`The headmatter's livePolls.${issue.path.join('.') || ''} ${issue.message.replace(/^Invalid input: /, '')}: see the addon's README, "Options".`)
}

export function liveDeck(headmatter: Record<string, unknown>, slides: LiveSlide[]): LiveDeck {
  return {
    title: typeof headmatter.title === 'string' ? headmatter.title : '',
    options: deckOptions(headmatter),
    slides,
  }
}
