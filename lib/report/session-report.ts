/**
 * The facilitator's report after a session, as one document for HTML and PDF: every poll with its
 * rounds and shift, the word clouds, the approved questions with their votes and the pace signals
 * per slide. Built from snapshots that never hold participant ids, so the report can go to the
 * participants as it is.
 */
import type { HandoutDocument, HandoutSection } from '../handouts/html-document'
import type { PollSnapshot } from '../polls/protocol'
import type { Tally } from '../polls/tally'
import type { QuestionView } from '../qa/questions'
import type { PaceSnapshot } from '../reactions/reactions'
import { escapeHtml } from '../handouts/markdown'
import { correctPercent } from '../polls/rounds'
import { percent } from '../polls/tally'
import { orderQuestions } from '../qa/questions'
import { REACTIONS } from '../reactions/reactions'

export interface SessionReportInput {
  title: string
  /** When the results were read (ISO). */
  at: string
  polls: PollSnapshot[]
  questions: QuestionView[]
  pace: PaceSnapshot
  /** Slide titles by 1-based number, for the pace table. */
  slideTitles: Record<number, string>
}

function rowsOf(snap: PollSnapshot): [string, string][] {
  const poll = snap.poll
  if (poll.kind === 'scale')
    return poll.labels.map((label, i) => [String(i + 1), label])
  return 'options' in poll ? poll.options.map(o => [o.id, o.label]) : []
}

function cell(tally: Tally, id: string): string {
  const count = tally.counts[id] ?? 0
  return `${count} (${percent(count, tally.voters)}%)`
}

function pollHtml(snap: PollSnapshot): string {
  const poll = snap.poll
  const head = `<h3>Slide ${snap.slide}: ${escapeHtml(poll.question)}</h3>`
  const tally = snap.tally ?? { voters: 0, counts: {} }
  if (poll.kind === 'wordcloud') {
    const words = (tally.words ?? []).filter(w => !w.hidden)
    return `${head}<p>${tally.voters} answered.</p>${words.length
      ? `<p class="report-words">${words.slice(0, 30).map(w => `${escapeHtml(w.text)} <span class="count">(${w.count})</span>`).join(' · ')}</p>`
      : '<p>No words.</p>'}`
  }
  const correct = poll.kind === 'quiz' ? poll.correct : undefined
  const label = (id: string, text: string) => `${escapeHtml(text)}${id === correct ? ' <strong>(correct)</strong>' : ''}`
  const first = snap.rounds?.first
  if (first) {
    const rows = rowsOf(snap).map(([id, text]) => {
      const shift = percent(tally.counts[id] ?? 0, tally.voters) - percent(first.counts[id] ?? 0, first.voters)
      return `<tr><th scope="row">${label(id, text)}</th><td>${cell(first, id)}</td><td>${cell(tally, id)}</td><td>${shift > 0 ? '+' : ''}${shift} pts</td></tr>`
    }).join('')
    const quiz = correct
      ? `<p>Correct: ${correctPercent(first) ?? 0}% in round 1, ${correctPercent(tally) ?? 0}% in round 2; ${snap.rounds?.shift?.toCorrect ?? 0} changed to the right answer.</p>`
      : `<p>${snap.rounds?.shift?.changed ?? 0} of ${snap.rounds?.shift?.both ?? 0} changed their answer.</p>`
    return `${head}<p>Two rounds (vote, discuss, vote again): ${first.voters} answered in round 1, ${tally.voters} in round 2.</p>
<table class="report-table"><thead><tr><th scope="col">Option</th><th scope="col">Round 1</th><th scope="col">Round 2</th><th scope="col">Shift</th></tr></thead><tbody>${rows}</tbody></table>${quiz}`
  }
  const rows = rowsOf(snap).map(([id, text]) => `<tr><th scope="row">${label(id, text)}</th><td>${cell(tally, id)}</td></tr>`).join('')
  const extra = poll.kind === 'scale' && typeof tally.mean === 'number'
    ? `<p>Mean: ${tally.mean.toFixed(1)} of 5.</p>`
    : correct && tally.voters ? `<p>Correct: ${correctPercent(tally)}%.</p>` : ''
  return `${head}<p>${tally.voters} answered.</p><table class="report-table"><thead><tr><th scope="col">Option</th><th scope="col">Votes</th></tr></thead><tbody>${rows}</tbody></table>${extra}`
}

function questionsHtml(questions: QuestionView[]): string {
  const approved = orderQuestions(questions.filter(q => q.status === 'approved'))
  if (!approved.length)
    return '<p>No questions were published.</p>'
  return `<ol class="report-questions">${approved.map(q => `<li><span class="count">${q.votes} ${q.votes === 1 ? 'vote' : 'votes'}</span> ${escapeHtml(q.text)}${q.answered ? ' <em>(answered)</em>' : ''}</li>`).join('')}</ol>`
}

function paceHtml(pace: PaceSnapshot, titles: Record<number, string>): string {
  const slides = Object.entries(pace.bySlide)
  if (!slides.length)
    return '<p>No reactions were sent.</p>'
  // Labels, not emoji: a PDF printed offline has no emoji font to draw them with.
  const head = REACTIONS.map(r => `<th scope="col">${escapeHtml(r.label)}</th>`).join('')
  const rows = slides.map(([no, counts]) => `<tr><th scope="row">${titles[Number(no)] ? `${no}. ${escapeHtml(titles[Number(no)]!)}` : `Slide ${no}`}</th>${REACTIONS.map(r => `<td>${counts[r.id]}</td>`).join('')}</tr>`).join('')
  return `<table class="report-table"><thead><tr><th scope="col">Slide</th>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

export function sessionReport(input: SessionReportInput): HandoutDocument {
  const answered = input.polls.filter(p => (p.tally?.voters ?? 0) > 0 || (p.rounds?.first?.voters ?? 0) > 0)
  const sections: HandoutSection[] = [
    {
      id: 'polls',
      title: 'Polls',
      html: answered.length
        ? answered.map(snap => `<article class="poll" data-poll-id="${escapeHtml(snap.id)}">${pollHtml(snap)}</article>`).join('\n')
        : '<p>No poll was answered.</p>',
    },
    { id: 'questions', title: 'Questions from the room', html: questionsHtml(input.questions) },
    { id: 'pace', title: 'Pace signals per slide', html: paceHtml(input.pace, input.slideTitles) },
  ]
  return {
    audience: 'report',
    title: input.title,
    subtitle: 'Session report',
    intro: `What the room answered, asked and signalled, read from the poll server's log on ${input.at.slice(0, 10)}. Anonymous: no participant appears in it.`,
    sections,
  }
}
