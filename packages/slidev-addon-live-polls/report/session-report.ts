/**
 * The session report a facilitator sends to the organiser, as one HTML page printed to PDF:
 * a summary first (when, turnout, how the room moved from start to end), then every poll with
 * bars in the deck's meaning colours (start and end side by side for `compareWith` pairs, both
 * rounds for two-round polls), the word cloud, the published questions by votes and the pace
 * signals. Built from snapshots that never hold participant ids, so it can go to the participants
 * as it is; participants' text is escaped, never rendered as HTML.
 */
import type { PollSnapshot, RoomState } from '../core/polls/protocol'
import type { Tally, WordCount } from '../core/polls/tally'
import type { QuestionView } from '../core/questions/questions'
import type { PaceSnapshot } from '../core/reactions/reactions'
import type { Shift, Turnout } from './key-figures'
import { escapeHtml } from '../core/html.ts'
import { resultRows } from '../core/polls/rows'
import { orderQuestions } from '../core/questions/questions'
import { REACTIONS } from '../core/reactions/reactions'
import { comparedEarlier, keyShifts, turnout } from './key-figures'
import { bar, resultBars } from './report-bars'

export interface SessionReportInput {
  title: string
  polls: PollSnapshot[]
  questions: QuestionView[]
  pace: PaceSnapshot
  room: RoomState
  /** First and last record of the log (ISO): when the session ran. */
  from?: string
  to?: string
  /** Slide titles by 1-based number, for the pace signals. */
  slideTitles: Record<number, string>
  /** Time zone to print times in (default: this machine's). */
  timeZone?: string
}

const answeredOf = (snap: PollSnapshot) => (snap.tally?.voters ?? 0) > 0 || (snap.rounds?.first?.voters ?? 0) > 0

function when(from: string | undefined, to: string | undefined, timeZone?: string): string {
  if (!from)
    return 'No votes were recorded'
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(from))
  const time = (iso: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso))
  return `${day}, ${time(from)}${to && time(to) !== time(from) ? `–${time(to)}` : ''}`
}

function tile(value: number, label: string, note?: string): string {
  return `<div class="tile"><span class="tile-value">${value.toLocaleString('en-GB')}</span><span class="tile-label">${escapeHtml(label)}</span>${note ? `<span class="tile-note">${escapeHtml(note)}</span>` : ''}</div>`
}

function turnoutHtml(t: Turnout): string {
  return `<div class="tiles" data-summary="turnout">
${tile(t.joined, 'phones joined', t.mostVoters ? `${t.mostVoters} answered the busiest poll` : undefined)}
${tile(t.votes, 'answers', `in ${t.pollsAnswered} polls`)}
${tile(t.questionsAsked, 'questions asked', `${t.questionsPublished} published`)}
${tile(t.reactions, 'reactions', t.reactions ? 'pace signals, per slide below' : 'none sent')}
</div>`
}

function signed(points: number): string {
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} pts`
}

function shiftHtml(shift: Shift): string {
  const points = shift.to.share - shift.from.share
  const mean = shift.mean ? `; mean ${shift.mean.from.toFixed(1)} → ${shift.mean.to.toFixed(1)} of 5` : ''
  return `<article class="shift" data-shift="${escapeHtml(shift.id)}">
<h3>${escapeHtml(shift.question)}</h3>
<p class="shift-measure">Share who ${escapeHtml(shift.measure)}: <strong>${shift.from.share}% → ${shift.to.share}%</strong> <span class="shift-points ${points >= 0 ? 'up' : 'down'}">${signed(points)}</span>${escapeHtml(mean)}</p>
<div class="shift-bars">
${bar(shift.from.share, `${shift.from.share}% of ${shift.from.voters}`, { tag: shift.from.label, earlier: true })}
${bar(shift.to.share, `${shift.to.share}% of ${shift.to.voters}`, { tag: shift.to.label })}
</div>
</article>`
}

function wordsHtml(words: readonly WordCount[], limit: number): string {
  const shown = words.filter(w => !w.hidden).slice(0, limit)
  if (!shown.length)
    return '<p>No words.</p>'
  const top = shown[0]!.count
  // Sized by frequency, 10 to 26 pt, as the slide's cloud is (28 to 96 px).
  return `<p class="word-cloud">${shown.map(w => `<span class="word" style="font-size: ${(10 + 16 * Math.sqrt(w.count / top)).toFixed(1)}pt">${escapeHtml(w.text)}<span class="word-count">${w.count}</span></span>`).join(' ')}</p>`
}

function pollMeta(snap: PollSnapshot, voters: string): string {
  const kind = snap.poll.kind === 'wordcloud' ? 'word cloud' : snap.poll.kind
  return `<p class="poll-meta">Slide ${snap.slide} · ${kind} · ${voters}</p>`
}

function pollHtml(snap: PollSnapshot, byId: Map<string, PollSnapshot>): string {
  const poll = snap.poll
  const tally: Tally = snap.tally ?? { voters: 0, counts: {} }
  const head = `<h3>${escapeHtml(poll.question)}</h3>`
  if (poll.kind === 'wordcloud')
    return `${head}${pollMeta(snap, `${tally.voters} answered`)}${wordsHtml(tally.words ?? [], 40)}`
  const earlier = poll.compareWith ? byId.get(poll.compareWith) : undefined
  const first = snap.rounds?.first
  if (earlier?.tally) {
    const rows = resultRows(poll, tally, { revealed: true, earlier: earlier.tally })
    return `${head}${pollMeta(snap, `start on slide ${earlier.slide}: ${earlier.tally.voters} answered; end: ${tally.voters} answered`)}${resultBars(rows, { earlier: 'Start', later: 'End' })}${meanLine(earlier.tally, tally)}`
  }
  if (first) {
    const rows = resultRows(poll, tally, { revealed: true, earlier: first })
    const moved = snap.rounds?.shift
    const changed = moved ? `<p class="poll-note">Between the rounds the room discussed; ${moved.changed} of ${moved.both} changed their answer${poll.kind === 'quiz' ? `, ${moved.toCorrect} of them to the correct one` : ''}.</p>` : ''
    return `${head}${pollMeta(snap, `two rounds: ${first.voters} then ${tally.voters} answered`)}${resultBars(rows, { earlier: 'Round 1', later: 'Round 2' })}${changed}`
  }
  return `${head}${pollMeta(snap, `${tally.voters} answered`)}${resultBars(resultRows(poll, tally, { revealed: true }))}${meanLine(undefined, tally)}`
}

function meanLine(earlier: Tally | undefined, tally: Tally): string {
  if (typeof tally.mean !== 'number')
    return ''
  return `<p class="poll-note">Mean ${typeof earlier?.mean === 'number' ? `${earlier.mean.toFixed(1)} at the start, ` : ''}${tally.mean.toFixed(1)}${earlier ? ' at the end' : ''} (1 = strongly disagree, 5 = strongly agree).</p>`
}

function questionsHtml(questions: readonly QuestionView[]): string {
  const approved = orderQuestions(questions.filter(q => q.status === 'approved'))
  if (!approved.length)
    return '<p>No questions were published.</p>'
  const most = Math.max(1, ...approved.map(q => q.votes))
  return `<ol class="questions">${approved.map(q => `<li class="question-row"><div><span class="question-text">${escapeHtml(q.text)}${q.answered ? ' <span class="tag">answered</span>' : ''}${q.pinned ? ' <span class="tag">pinned</span>' : ''}</span>${bar(Math.round((q.votes / most) * 100), `${q.votes} ${q.votes === 1 ? 'vote' : 'votes'}`)}</div></li>`).join('')}</ol>`
}

function paceHtml(pace: PaceSnapshot, titles: Record<number, string>): string {
  const slides = Object.entries(pace.bySlide).sort(([a], [b]) => Number(a) - Number(b))
  if (!slides.length)
    return '<p>No reactions were sent.</p>'
  // Labels, not emoji: a PDF printed offline has no emoji font to draw them with.
  const head = REACTIONS.map(r => `<th scope="col" class="num">${escapeHtml(r.label)}</th>`).join('')
  const rows = slides.map(([no, counts]) => `<tr><th scope="row">${titles[Number(no)] ? `${no}. ${escapeHtml(titles[Number(no)]!)}` : `Slide ${no}`}</th>${REACTIONS.map(r => `<td class="num">${counts[r.id]}</td>`).join('')}</tr>`).join('')
  return `<table class="pace"><thead><tr><th scope="col">Slide</th>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

/** The top of the summary page: the questions with most votes and the room's words. */
function voicesHtml(polls: readonly PollSnapshot[], questions: readonly QuestionView[]): string {
  const cloud = polls.find(p => p.poll.kind === 'wordcloud' && (p.tally?.voters ?? 0) > 0)
  const top = orderQuestions(questions.filter(q => q.status === 'approved')).slice(0, 3)
  const parts = [
    cloud ? `<div class="voice"><h3>${escapeHtml(cloud.poll.question)}</h3>${wordsHtml(cloud.tally?.words ?? [], 12)}</div>` : '',
    top.length ? `<div class="voice"><h3>Most-voted questions</h3><ol class="top-questions">${top.map(q => `<li>${escapeHtml(q.text)} <span class="muted">${q.votes} votes</span></li>`).join('')}</ol></div>` : '',
  ].filter(Boolean)
  return parts.length ? `<div class="voices">${parts.join('')}</div>` : ''
}

/** The report as a complete, self-contained HTML page (the stylesheet given inline). */
export function renderSessionReport(input: SessionReportInput, css: string): string {
  const byId = new Map(input.polls.map(p => [p.id, p]))
  const inPairs = comparedEarlier(input.polls)
  const answered = input.polls.filter(answeredOf)
  const detailed = answered.filter(p => !inPairs.has(p.id) || !answeredOf(input.polls.find(q => q.poll.compareWith === p.id)!))
  const shifts = keyShifts(input.polls)
  const numbers = turnout(input.polls, input.questions, input.pace, input.room)
  const summary = `<section class="summary" id="summary" aria-labelledby="summary-title">
<p class="kicker">Session report</p>
<h1 id="summary-title">${escapeHtml(input.title)}</h1>
<p class="when" data-summary="date">${escapeHtml(when(input.from, input.to, input.timeZone))}</p>
${turnoutHtml(numbers)}
<h2>How the room moved</h2>
${shifts.length ? `<div class="shifts">${shifts.map(shiftHtml).join('\n')}</div>` : '<p>No poll was answered both at the start and at the end.</p>'}
${voicesHtml(input.polls, input.questions)}
<p class="privacy">Read from the poll server's log. Anonymous: no participant appears in this report.</p>
</section>`
  const details = `<section class="details" id="polls" aria-labelledby="polls-title">
<h2 id="polls-title">Every poll</h2>
${detailed.length ? detailed.map(snap => `<article class="poll-result" data-poll-id="${escapeHtml(snap.id)}">${pollHtml(snap, byId)}</article>`).join('\n') : '<p>No poll was answered.</p>'}
</section>
<section class="details" id="questions" aria-labelledby="questions-title">
<h2 id="questions-title">Questions from the room</h2>
${questionsHtml(input.questions)}
</section>
<section class="details" id="pace" aria-labelledby="pace-title">
<h2 id="pace-title">Pace signals per slide</h2>
${paceHtml(input.pace, input.slideTitles)}
</section>`
  return `<!doctype html>
<html lang="en" data-audience="report">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Session report: ${input.title}`)}</title>
<style>
${css}
</style>
</head>
<body>
<main>
${summary}
${details}
</main>
</body>
</html>
`
}
