/**
 * A talk's plan, as slides declare it in their frontmatter (`minutes: 3`, planned minutes for the
 * slide): the presenter notes' first line, where each slide starts in the plan, and how the
 * session stands against it on the phone remote. Minutes planned on no slide (the headmatter's
 * `livePolls.bufferMinutes`) absorb a late start or a long debate before the session runs over.
 */

/** The slice of a slide's frontmatter that timing reads. */
export interface TimedFrontmatter {
  minutes?: unknown
}

/** A slide's planned minutes: its `minutes:`, or 0. */
export function slideMinutes(frontmatter: TimedFrontmatter): number {
  const value = frontmatter.minutes
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0
}

/** The line the presenter notes open with on every slide, e.g. "Planned: 3 min". */
export function formatPlannedTime(minutes: number): string {
  return `Planned: ${minutes} min`
}

/** Presenter notes with the slide's planned minutes as their first line (in bold). */
export function withPlannedTime(note: string | undefined, frontmatter: TimedFrontmatter): string {
  const line = `**${formatPlannedTime(slideMinutes(frontmatter))}**`
  const body = note?.trim() ?? ''
  return body ? `${line}\n\n${body}` : line
}

/** Each slide's planned minutes and the minute it starts at, from the start of the session. */
export function plannedStarts(slides: readonly { frontmatter: TimedFrontmatter }[]): { minutes: number, startsAt: number }[] {
  let startsAt = 0
  return slides.map(({ frontmatter }) => {
    const minutes = slideMinutes(frontmatter)
    const slot = { minutes, startsAt }
    startsAt += minutes
    return slot
  })
}

/**
 * How the session stands against the plan, for a slide planned from `startsAt` for `minutes`
 * (minutes from the start of the session) after `elapsed` minutes: on plan anywhere inside the
 * slide's planned time, else how far ahead of its start or behind its end, in whole minutes.
 * Minutes behind are taken from the buffer: the message says how much of it is left, or by how
 * much the session will overrun once it is spent.
 */
export function paceAgainstPlan(startsAt: number, minutes: number, elapsed: number, buffer = 0): string {
  const behind = Math.floor(elapsed - (startsAt + minutes))
  const ahead = Math.floor(startsAt - elapsed)
  if (behind >= 1) {
    if (buffer <= 0)
      return `${behind} min behind plan`
    return behind <= buffer
      ? `${behind} min behind plan, ${buffer - behind} of ${buffer} buffer min left`
      : `${behind} min behind plan, buffer spent, ${behind - buffer} min over`
  }
  if (ahead >= 1)
    return `${ahead} min ahead of plan`
  return 'on plan'
}
