/**
 * `@facts(timeline)`: the body of a Mermaid `timeline` diagram from every record with a
 * `timeline:` label, oldest first. Years with one event in a row share a period ("2021–23");
 * the full dates are in the diagram's description (and the notes).
 */
import type { ExpandContext } from '../expand.ts'
import type { Fact } from '../schema.ts'
import { factYear, formatFactDate } from '../registry.ts'

interface Period {
  years: string[]
  events: Fact[]
}

export function timelinePeriods(facts: readonly Fact[]): Period[] {
  const dated = facts.filter(fact => fact.timeline).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  const years: Period[] = []
  for (const fact of dated) {
    const year = factYear(fact.date)
    const last = years.at(-1)
    if (last?.years[0] === year)
      last.events.push(fact)
    else
      years.push({ years: [year], events: [fact] })
  }
  // Runs of single-event years become one period, so the early history does not take half the width.
  const periods: Period[] = []
  for (const period of years) {
    const last = periods.at(-1)
    if (last && last.events.length === last.years.length && period.events.length === 1)
      periods.push(...merge(periods.pop()!, period))
    else
      periods.push(period)
  }
  return periods
}

function merge(a: Period, b: Period): Period[] {
  return [{ years: [...a.years, ...b.years], events: [...a.events, ...b.events] }]
}

function periodLabel(period: Period): string {
  const [first, last] = [period.years[0]!, period.years.at(-1)!]
  return first === last ? first : `${first}–${last.slice(2)}`
}

/** In a range of years an event says its year; in a year of its own the box stays short (the description has the full date). */
function eventLabel(fact: Fact, inRange: boolean): string {
  return inRange ? `${fact.timeline} (${factYear(fact.date)})` : fact.timeline!
}

export function timelineBlock({ facts }: ExpandContext): string {
  const periods = timelinePeriods(facts.facts)
  const first = periods[0]?.years[0] ?? ''
  const last = periods.at(-1)?.years.at(-1) ?? ''
  const description = periods.map(period => `${periodLabel(period)}: ${period.events.map(fact => `${fact.timeline} (${formatFactDate(fact.date)})`).join(', ')}`).join('. ')
  return [
    `accTitle: Open and closed model releases and AI rules, ${first} to ${last}`,
    `accDescr: ${description}.`,
    ...periods.map(period => `${periodLabel(period)} : ${period.events.map(fact => eventLabel(fact, period.years.length > 1)).join(' : ')}`),
  ].join('\n')
}
