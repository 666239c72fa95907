/**
 * `@facts(labs)`: which big labs ship open weights and closed models side by side, as a Markdown
 * table read from the release records (the newest release of each kind). A lab without an
 * open-weight release shows the record that says so.
 */
import type { ExpandContext } from '../expand.ts'
import type { Release } from '../schema.ts'
import { shortOf } from '../registry.ts'

/** The labs the slide compares; `noOpen` is the record that states a lab has no open weights. */
export const LABS: readonly { lab: string, noOpen?: string }[] = [
  { lab: 'Meta' },
  { lab: 'OpenAI' },
  { lab: 'Google' },
  { lab: 'Alibaba' },
  { lab: 'Anthropic', noOpen: 'anthropic-no-open-weights' },
]

function newest(releases: readonly Release[]): Release | undefined {
  return [...releases].sort((a, b) => b.date.localeCompare(a.date))[0]
}

export function labsBlock({ facts }: ExpandContext): string {
  const rows = LABS.map(({ lab, noOpen }) => {
    const own = facts.releases.filter(release => release.lab === lab && release.band)
    const open = newest(own.filter(release => release.band !== 'closed-api'))
    const closed = newest(own.filter(release => release.band === 'closed-api'))
    const openCell = open ? shortOf(open) : noOpen ? shortOf(facts.get(noOpen)) : '—'
    return `| ${lab} | ${openCell} | ${closed ? shortOf(closed) : '—'} |`
  })
  return ['| Lab | Open weights | Closed |', '| --- | --- | --- |', ...rows].join('\n')
}
