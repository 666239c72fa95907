/**
 * The deck as the handouts see it: the same `slides.md` Slidev builds, read with Slidev's own
 * loader (it follows `src:` includes and leaves hidden slides out, as the presentation does).
 */
import type { Agenda } from '../agenda'
import { relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { buildAgenda, slideKind, slideMinutes } from '../agenda'

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
  const root = resolve(entry, '..')
  const data = await load({
    roots: [root],
    userRoot: root,
  }, entry)
  const slides: DeckSlide[] = data.slides.map((slide, index) => ({
    number: index + 1,
    title: slide.title ?? '',
    frontmatter: slide.frontmatter,
    content: slide.content,
    note: slide.note?.trim() ?? '',
    file: relative(root, slide.source.filepath),
    line: slide.source.start + 1,
    minutes: slideMinutes(slide.frontmatter),
    kind: slideKind(slide.frontmatter),
  }))
  const head = data.headmatter
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
    agenda: buildAgenda(slides.map(slide => slide.frontmatter)),
  }
}
