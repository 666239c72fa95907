/**
 * The workshop's timing is declared once, in slide frontmatter:
 *   minutes: 3          planned minutes for this slide (every slide has one)
 *   part: Open source   starts a new agenda part; later slides belong to it until the next `part`
 *   kind: poll          optional: 'talk' (default), 'poll' or 'exercise', for the agenda's icons
 * The agenda slide, the presenter notes, the handouts and the checks all derive from these numbers.
 *
 * The slides plan less than the whole workshop: the headmatter's `livePolls.bufferMinutes` are
 * planned on no slide, for the facilitator to spend wherever the room needs them (a debate that
 * runs long, a late start). The checks require the slides' minutes plus the buffer to equal the
 * headmatter's `workshopMinutes`, and the phone remote's "behind plan" says how much of the buffer
 * is left. A slide's own minutes and the notes' planned-time line are the live-polls addon's
 * (core/timing.ts): the remote reads the same numbers.
 */
import type { TimedFrontmatter as SlideTiming } from 'slidev-addon-live-polls/core/timing.ts'
import { deckOptions } from 'slidev-addon-live-polls/core/deck.ts'
import { slideMinutes } from 'slidev-addon-live-polls/core/timing.ts'

/** Minutes of the workshop planned on no slide (headmatter `livePolls.bufferMinutes`). */
export function bufferMinutes(headmatter: Record<string, unknown>): number {
  return deckOptions(headmatter).bufferMinutes
}

export type AgendaKind = 'talk' | 'poll' | 'exercise'

/** The slice of a slide's frontmatter that timing reads. */
export interface TimedFrontmatter extends SlideTiming {
  part?: unknown
  kind?: unknown
}

export interface AgendaPart {
  title: string
  /** Sum of the minutes of the part's slides. */
  minutes: number
  /** Minutes from the start of the workshop to the start of this part. */
  startsAt: number
  /** 1-based slide numbers in the part. */
  slides: number[]
  /** Minutes per kind inside the part, e.g. { talk: 6, poll: 2 }. */
  byKind: Partial<Record<AgendaKind, number>>
}

export interface Agenda {
  parts: AgendaPart[]
  /** Sum of every slide's planned minutes (the buffer not included). */
  totalMinutes: number
  /** Minutes planned on no slide, to spend anywhere. */
  bufferMinutes: number
  /** The whole workshop: planned minutes plus the buffer. */
  workshopMinutes: number
}

export function slideKind(frontmatter: TimedFrontmatter): AgendaKind {
  const kind = frontmatter.kind
  return kind === 'poll' || kind === 'exercise' ? kind : 'talk'
}

export function buildAgenda(slides: readonly TimedFrontmatter[], bufferMinutes: number): Agenda {
  const parts: AgendaPart[] = []
  let elapsed = 0
  slides.forEach((frontmatter, index) => {
    const minutes = slideMinutes(frontmatter)
    // A section divider and the section's first slide may both name the part: one part, not two.
    const starts = typeof frontmatter.part === 'string' && frontmatter.part !== parts.at(-1)?.title
    if (starts || parts.length === 0) {
      parts.push({
        title: typeof frontmatter.part === 'string' ? frontmatter.part : 'Introduction',
        minutes: 0,
        startsAt: elapsed,
        slides: [],
        byKind: {},
      })
    }
    const part = parts.at(-1)!
    part.minutes += minutes
    part.slides.push(index + 1)
    const kind = slideKind(frontmatter)
    part.byKind[kind] = (part.byKind[kind] ?? 0) + minutes
    elapsed += minutes
  })
  return { parts, totalMinutes: elapsed, bufferMinutes, workshopMinutes: elapsed + bufferMinutes }
}
