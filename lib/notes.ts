import type { TimedFrontmatter } from './agenda'
import { formatPlannedTime, slideMinutes } from './agenda'

/** Presenter notes with the slide's planned minutes as their first line. */
export function withPlannedTime(note: string | undefined, frontmatter: TimedFrontmatter): string {
  const line = `**${formatPlannedTime(slideMinutes(frontmatter))}**`
  const body = note?.trim() ?? ''
  return body ? `${line}\n\n${body}` : line
}
