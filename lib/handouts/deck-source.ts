/**
 * The deck as the handouts see it: the same `slides.md` Slidev builds, read through the project's
 * one deck reader (lib/deck/read-deck.ts), with the timing the agenda derives from it.
 */
import type { Agenda } from '../agenda'
import { basename, dirname, resolve } from 'node:path'
import { slideMinutes } from 'slidev-addon-live-polls/core/timing.ts'
import { bufferMinutes, buildAgenda, slideKind } from '../agenda'
import { readDeck } from '../deck/read-deck'

export interface DeckSlide {
  /** 1-based slide number, as in the deck's URL. */
  number: number
  title: string
  frontmatter: Record<string, unknown>
  /** Raw Markdown of the slide body. */
  content: string
  /** Raw presenter notes (without the "Planned" line the preparser adds). */
  note: string
  /** Source file relative to the deck folder, and its 1-based start line. */
  file: string
  line: number
  minutes: number
  kind: ReturnType<typeof slideKind>
}

export interface DeckSource {
  title: string
  info: string
  /** `workshopMinutes` from the headmatter: the length the agenda must add up to. */
  workshopMinutes: number | undefined
  slides: DeckSlide[]
  agenda: Agenda
}

export async function loadDeckSource(slidesPath = 'slides.md'): Promise<DeckSource> {
  const entry = resolve(slidesPath)
  const deck = await readDeck(basename(entry), dirname(entry))
  const slides: DeckSlide[] = deck.slides.map(slide => ({
    number: slide.no,
    title: slide.title,
    frontmatter: slide.frontmatter,
    content: slide.content,
    note: slide.note.trim(),
    file: slide.file,
    line: slide.line,
    minutes: slideMinutes(slide.frontmatter),
    kind: slideKind(slide.frontmatter),
  }))
  const head = deck.headmatter
  return {
    title: typeof head.title === 'string'
      ? head.title
      : 'Workshop',
    info: typeof head.info === 'string'
      ? head.info.trim()
      : '',
    workshopMinutes: typeof head.workshopMinutes === 'number'
      ? head.workshopMinutes
      : undefined,
    slides,
    agenda: buildAgenda(slides.map(slide => slide.frontmatter), bufferMinutes(head)),
  }
}
