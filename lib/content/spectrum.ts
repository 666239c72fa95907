/**
 * The openness spectrum: "open" is not one thing. The four bands are declared here; which release
 * sits in which band is each release's own record (`band:` in content/facts/), so the spectrum,
 * the comparison table, the licence cards and the sample answers cannot disagree.
 *
 * Every release is placed by the rule the deck's flowchart teaches (weights published? an open
 * licence without use limits? the full code and data information?). OSI's own verdict, where it
 * gave one, is shown beside the place: it can differ (GPT-J meets the three questions, but OSI
 * never reviewed it).
 */
import type { FactRegistry } from '../facts/registry.ts'
import type { BandId, OsiVerdict, Release } from '../facts/schema.ts'
import { BAND_IDS } from '../facts/schema.ts'

export type OpennessLevelId = BandId

export interface OpennessLevel {
  id: OpennessLevelId
  /** Short name shown on the spectrum. */
  label: string
  /** What you actually get at this level. */
  youGet: string
}

export interface SpectrumExample {
  id: string
  name: string
  /** The release year, shown beside the name. */
  year: string
  /** Why it sits here: the record's claim. */
  evidence: string
  inArticle: boolean
  osi: OsiVerdict
}

export interface PlacedLevel extends OpennessLevel {
  /** The releases of this band that the filled-in spectrum shows, oldest first. */
  examples: SpectrumExample[]
}

export const levels: readonly OpennessLevel[] = [
  { id: 'closed-api', label: 'Closed, API only', youGet: 'Answers from a hosted service; no weights, code or data' },
  { id: 'open-weights-restrictive', label: 'Open weights, restrictive licence', youGet: 'Weights to download, with use limits in a custom licence' },
  { id: 'open-weights-permissive', label: 'Open weights, permissive licence', youGet: 'Weights under a standard open licence (Apache-2.0, MIT); code or data information missing' },
  { id: 'osi-open-source', label: 'Open source (meets OSI’s definition)', youGet: 'Weights, full code, and detailed data information, all under open terms' },
]

export function levelOf(id: BandId): OpennessLevel {
  return levels[BAND_IDS.indexOf(id)]!
}

function example(release: Release): SpectrumExample {
  return { id: release.id, name: release.name, year: release.date.slice(0, 4), evidence: release.claim, inArticle: release.inArticle, osi: release.osi }
}

/** The spectrum with the releases the registry places on it. */
export function spectrumOf(facts: FactRegistry): PlacedLevel[] {
  const placed = facts.releases.filter(release => release.spectrum && release.band)
    .sort((a, b) => a.date.localeCompare(b.date))
  return levels.map(level => ({ ...level, examples: placed.filter(release => release.band === level.id).map(example) }))
}

/** OSI's verdict as the spectrum marks it, or nothing when OSI never reviewed the release. */
export function osiMark(verdict: OsiVerdict): string {
  return verdict === 'passed' ? 'OSI ✓' : verdict === 'fell-short' ? 'OSI ✗' : ''
}
