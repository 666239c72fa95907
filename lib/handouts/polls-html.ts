/**
 * Polls in the facilitator guide: question and options from the deck's `poll:` frontmatter, and,
 * given the poll server's `GET /api/results` export, the counts.
 */
import type { DeckPoll } from 'slidev-addon-live-polls/core/polls/load-from-deck.ts'
import type { ResultsExport } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import type { Tally } from 'slidev-addon-live-polls/core/polls/tally.ts'
import { resultsExportSchema } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import { resultRows } from 'slidev-addon-live-polls/core/polls/rows.ts'
import { DEFAULT_SCALE_LABELS } from 'slidev-addon-live-polls/core/polls/schema.ts'
import { resultBars } from 'slidev-addon-live-polls/report/report-bars.ts'
import { escapeHtml } from './markdown'

/** The poll server's results export, read with the same schema the server's output is tested against. */
export const pollResultsSchema = resultsExportSchema
export type PollResults = ResultsExport
type PollResult = PollResults['polls'][number]

function percent(count: number, voters: number): string {
  return voters
    ? ` (${Math.round((count / voters) * 100)}%)`
    : ''
}

/** With results, the options as bars (as in the session report), the earlier poll's beside them. */
function resultChoices(entry: DeckPoll, tally: Tally, earlier: Tally | undefined): string {
  const { poll } = entry
  const mean = typeof tally.mean === 'number' ? `<p>Mean: ${tally.mean.toFixed(1)} of 5${typeof earlier?.mean === 'number' ? ` (${earlier.mean.toFixed(1)} at the start)` : ''}</p>` : ''
  return `${resultBars(resultRows(poll, tally, { revealed: true, earlier }), earlier ? { earlier: 'Start', later: 'Now' } : undefined)}${mean}`
}

function choices(entry: DeckPoll, result: PollResult | undefined, earlier?: PollResult): string {
  const { poll } = entry
  if (result?.tally.voters && poll.kind !== 'wordcloud')
    return resultChoices(entry, result.tally, earlier?.tally.voters ? earlier.tally : undefined)
  const voters = result?.tally?.voters ?? 0
  const counts = result?.tally?.counts ?? {}
  const count = (key: string) => (result?.tally
    ? ` — <span class="poll-count">${counts[key] ?? 0}${percent(counts[key] ?? 0, voters)}</span>`
    : '')
  if ('options' in poll) {
    return `<ul class="poll-options">${poll.options.map(option => `<li>${escapeHtml(option.label)}${poll.kind === 'quiz' && poll.correct === option.id
      ? ' <strong>(correct)</strong>'
      : ''}${count(option.id)}</li>`).join('')}</ul>`
  }
  if (poll.kind === 'scale') {
    const labels = poll.labels ?? DEFAULT_SCALE_LABELS
    const mean = typeof result?.tally?.mean === 'number'
      ? `<p>Mean: ${result.tally.mean.toFixed(1)} of 5</p>`
      : ''
    return `<ol class="poll-options">${labels.map((label, index) => `<li>${escapeHtml(label)}${count(String(index + 1))}</li>`).join('')}</ol>${mean}`
  }
  const words = (result?.tally?.words ?? []).filter(word => !word.hidden).slice(0, 12)
  return `<p>Free text (a word cloud).</p>${words.length
    ? `<p class="poll-words">Most frequent: ${words.map(word => `${escapeHtml(word.text)} (${word.count})`).join(', ')}</p>`
    : ''}`
}

export function renderPolls(polls: readonly DeckPoll[], results?: PollResults, options: { inline?: boolean, all?: readonly DeckPoll[] } = {}): string {
  if (!polls.length)
    return '<p>The deck declares no polls.</p>'
  const byId = new Map(results?.polls.map(result => [result.id, result]))
  const header = results && !options.inline
    ? `<p class="poll-results-note">Results exported ${escapeHtml(results.exportedAt)}.</p>`
    : ''
  return `${header}${polls.map((entry) => {
    const result = byId.get(entry.poll.id)
    const voters = results
      ? `<p class="poll-voters">${result?.tally.voters ?? 0} participants answered</p>`
      : ''
    const earlier = entry.poll.compareWith ? polls.find(p => p.poll.id === entry.poll.compareWith) ?? options.all?.find(p => p.poll.id === entry.poll.compareWith) : undefined
    // Inline in the guide, a repeated question is named, not printed twice.
    const heading = options.inline
      ? `<h4>Poll: ${earlier && earlier.poll.question === entry.poll.question ? `the question of slide ${earlier.slide} again, with the start's answers beside these` : escapeHtml(entry.poll.question)}</h4>`
      : `<h3>Slide ${entry.slide}: ${escapeHtml(entry.poll.question)}</h3>`
    return `<article class="poll" id="poll-${entry.poll.id}" data-poll-id="${entry.poll.id}">
${heading}
${options.inline ? '' : `<p class="poll-kind">${entry.poll.kind} poll · ${entry.minutes} min</p>\n`}${choices(entry, result, earlier ? byId.get(earlier.poll.id) : undefined)}
${voters}
</article>`
  }).join('\n')}`
}
