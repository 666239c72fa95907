/**
 * Which slides hold an exercise's sample answer, read from the exercises' own source: a slide is a
 * solution slide when its Markdown holds the `::exercise-solution` block, found by the same block
 * reader that parses exercises (lib/exercises/blocks.ts). Participant-facing paper leaves them out,
 * so no handout gives an exercise away before the room has done it.
 */
import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { findBlocks } from '../../lib/exercises/blocks'

/** 1-based numbers of the slides whose source holds a sample answer. */
export function solutionSlides(slides: readonly Pick<SlideInfo, 'source'>[]): number[] {
  const lines = new Map<string, string[]>()
  const linesOf = (file: string) => {
    if (!lines.has(file))
      lines.set(file, readFileSync(file, 'utf8').split(/\r?\n/))
    return lines.get(file)!
  }
  return slides.flatMap(({ source }, index) => {
    const found = findBlocks(linesOf(source.filepath), source.contentStart, source.end, source.filepath)
    return found.blocks.some(block => block.name === 'exercise-solution') ? [index + 1] : []
  })
}
