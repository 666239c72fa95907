/**
 * The participant page's script (/join), bundled by client-bundle.ts with the shared code it
 * imports from lib/ and its questions and reactions sections. Plain DOM, no framework, so the page stays a few KB:
 * it follows the presenter's current poll over SSE, says which poll of the session it is and what
 * it is doing, sends votes, and re-sends a vote that a network drop swallowed. Participant text is
 * only ever set with textContent.
 */
import type { Answer } from '../../core/polls/answer.ts'
import type { PollPhase } from '../../core/polls/phase.ts'
import type { ErrorResponse, PollSnapshot, StreamEvents, VoteRequest, VoteResponse } from '../../core/polls/protocol.ts'
import { PHASE_LABELS, pollPhase, votes } from '../../core/polls/phase.ts'
import { answerLabel, barColour, resultRows } from '../../core/polls/rows.ts'
import { CHECK_ICON, ICON_VIEWBOX } from '../../core/reactions/icons.ts'
import { el, icon } from './dom.ts'
import { mountQuestions } from './join-questions.ts'
import { mountReactions } from './join-reactions.ts'
import { tell } from './tell.ts'

const app = document.getElementById('app')!
const status = document.getElementById('status')!
const polls = new Map<string, PollSnapshot>()
let current: string | null = null
let shownKey = ''
let pending: { poll: string, answer: Answer } | null = null
let retryTimer: number | undefined
// The questions section and the reaction bar sit below the poll; the stream feeds the questions.
const questions = mountQuestions()
mountReactions()

// What a phone can do meanwhile, under the phase the slide also shows (lib/polls/phase.ts).
const PHASE_NOTES: Partial<Record<PollPhase, string>> = {
  soon: 'Keep this page open: the choices appear here when the presenter opens voting.',
  closed: 'No more votes for this one: the results come on screen when the presenter shows them.',
}

function render(): void {
  const snap = current
    ? polls.get(current)
    : undefined
  const key = snap
    ? `${snap.id}|${snap.state}|${snap.revealed}|${snap.round}|${snap.rounds?.current ?? 0}`
    : 'waiting'
  if (key === shownKey) {
    updateResults(snap)
    return
  }
  shownKey = key
  app.replaceChildren()
  if (!snap) {
    app.append(
      el('h1', { textContent: 'Waiting for the next question' }),
      el('p', { className: 'muted', textContent: 'Keep this page open: it follows the presenter. Meanwhile you can ask a question or react below.' }),
    )
    return
  }
  const phase = pollPhase(snap)
  app.append(el('p', { className: 'eyebrow' }, el('span', { id: 'position', textContent: position(snap) }), el('span', { className: `phase phase-${phase}`, textContent: PHASE_LABELS[phase] })))
  if (snap.rounds) {
    app.append(el('p', {
      id: 'round',
      className: snap.rounds.current === 2 ? 'round round-2' : 'round',
      textContent: snap.rounds.current === 2
        ? 'Round 2 of 2: talk to a neighbour, then answer again.'
        : 'Round 1 of 2: answer on your own.',
    }))
  }
  app.append(el('h1', { id: 'question', textContent: snap.poll.question }))
  if (snap.state === 'open')
    app.append(voteForm(snap))
  else if (PHASE_NOTES[phase])
    app.append(el('p', { className: 'notice', textContent: PHASE_NOTES[phase] }))
  app.append(el('p', { id: 'confirm', className: 'confirm', role: 'status' }))
  app.append(el('section', { id: 'results', ariaLabel: 'Results' }))
  showConfirmation(snap)
  updateResults(snap)
}

/** "Poll 3 of 8": where this poll sits among the deck's polls, in slide order. */
function position(snap: PollSnapshot): string {
  const order = [...polls.values()].sort((a, b) => a.slide - b.slide)
  return `Poll ${order.findIndex(p => p.id === snap.id) + 1} of ${order.length}`
}

function voteForm(snap: PollSnapshot): HTMLFormElement {
  const poll = snap.poll
  const form = el('form', { noValidate: true })
  const fieldset = el('fieldset', {}, el('legend', { className: 'sr-only', textContent: poll.question }))
  const mine = snap.mine
  const choice = (type: 'radio' | 'checkbox', value: string, label: string, checked: boolean) =>
    el('label', { className: 'choice' }, el('input', { type, name: 'answer', value, checked }), el('span', { textContent: label }))
  if (poll.kind === 'single' || poll.kind === 'quiz' || poll.kind === 'multiple') {
    const type = poll.kind === 'multiple'
      ? 'checkbox'
      : 'radio'
    if (poll.kind === 'multiple')
      fieldset.append(el('p', { className: 'muted', textContent: `Choose up to ${poll.max}.` }))
    for (const option of poll.options) {
      const checked = Array.isArray(mine)
        ? mine.includes(option.id)
        : mine === option.id
      fieldset.append(choice(type, option.id, option.label, checked))
    }
  }
  else if (poll.kind === 'scale') {
    poll.labels.forEach((label, i) => fieldset.append(choice('radio', String(i + 1), label, mine === i + 1)))
  }
  else {
    const words = Array.isArray(mine)
      ? mine
      : []
    for (let i = 0; i < poll.maxEntries; i++) {
      const id = `word-${i}`
      fieldset.append(
        el('label', {
          htmlFor: id,
          textContent: poll.maxEntries > 1
            ? `Word ${i + 1}`
            : 'Your word',
        }),
        el('input', {
          id,
          type: 'text',
          name: 'answer',
          maxLength: poll.maxLength,
          autocomplete: 'off',
          value: words[i] ?? '',
        }),
      )
    }
  }
  form.append(fieldset, el('button', {
    type: 'submit',
    className: 'send',
    textContent: mine === undefined
      ? 'Send'
      : 'Change my vote',
  }))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const answer = readAnswer(snap, form)
    if (answer === null)
      return say('Choose an answer first.', 'problem')
    void send(snap.id, answer)
  })
  return form
}

function readAnswer(snap: PollSnapshot, form: HTMLFormElement): Answer | null {
  const inputs = [
    ...form.querySelectorAll<HTMLInputElement>('input[name=answer]'),
  ]
  const kind = snap.poll.kind
  if (kind === 'wordcloud') {
    const words = inputs.map(i => i.value.trim()).filter(Boolean)
    return words.length ? words : null
  }
  const chosen = inputs.filter(i => i.checked).map(i => i.value)
  if (!chosen.length)
    return null
  if (kind === 'multiple')
    return chosen
  return kind === 'scale'
    ? Number(chosen[0])
    : chosen[0]
}

async function send(poll: string, answer: Answer): Promise<void> {
  pending = { poll, answer }
  clearTimeout(retryTimer)
  say('Sending…')
  try {
    const res = await fetch(`/api/polls/${encodeURIComponent(poll)}/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // The participant is the signed cookie /join set: the server issues ids, clients do not.
      body: JSON.stringify({ answer } satisfies VoteRequest),
    })
    const body = await res.json() as Partial<VoteResponse & ErrorResponse>
    pending = null
    if (res.status === 401)
      return say('This page has expired: reload it to vote.', 'problem')
    if (!res.ok)
      return say(body.error ?? 'The vote was not accepted.', 'problem')
    const snap = polls.get(poll)
    if (snap) {
      snap.mine = body.answer
      showConfirmation(snap, true)
      const button = app.querySelector<HTMLButtonElement>('button.send')
      if (button)
        button.textContent = 'Change my vote'
    }
  }
  catch {
    // Network drop or server restart: keep the vote and try again shortly.
    say('Connection lost. Your vote will be sent when it is back…', 'problem')
    retryTimer = window.setTimeout(() => pending && void send(pending.poll, pending.answer), 2000)
  }
}

/** "Vote received: …" under the form; `shown`: scrolled into view when the phone just sent it. */
function showConfirmation(snap: PollSnapshot, shown = false): void {
  if (snap.mine !== undefined) {
    say(`Vote received: ${answerLabel(snap.poll, snap.mine)}.${snap.state === 'open'
      ? ' You can change it until the poll closes.'
      : ''}`, 'ok', shown)
  }
}

function say(text: string, kind: 'ok' | 'problem' | 'info' = 'info', shown = kind === 'problem'): void {
  const box = document.getElementById('confirm')
  if (box)
    tell(box, text, kind, shown)
}

function updateResults(snap: PollSnapshot | undefined): void {
  const box = document.getElementById('results')
  if (!box || !snap)
    return
  const tally = snap.tally
  // Before voting opens a count of nothing says nothing.
  const count = pollPhase(snap) === 'soon' ? [] : [el('p', { className: 'muted', textContent: snap.state === 'open' ? `${votes(snap.voters)} so far` : votes(snap.voters) })]
  box.replaceChildren(...count)
  if (!tally)
    return
  const list = el('ul', { className: 'bars' })
  for (const row of resultRows(snap.poll, tally, { revealed: snap.revealed })) {
    const bar = el('span', { className: 'bar' })
    bar.style.width = `${row.share}%`
    const label = el('span', { className: 'label', textContent: row.label })
    if (row.correct)
      label.append(el('span', { className: 'tag' }, icon(CHECK_ICON, ICON_VIEWBOX), 'correct answer'))
    // Coloured as on the slide: the revealed answer, an option's declared meaning, or neutral.
    const item = el('li', { className: row.correct ? 'right' : '' })
    item.style.setProperty('--bar', barColour(row))
    list.append(item)
    item.append(label, el('span', {
      className: 'num',
      textContent: tally.words
        ? String(row.count)
        : `${row.share}%`,
    }), el('span', { className: 'track' }, bar))
  }
  box.append(list)
}

function connect(): void {
  const source = new EventSource('/api/stream')
  source.addEventListener('hello', (event) => {
    const data = JSON.parse((event as MessageEvent<string>).data) as StreamEvents['hello']
    polls.clear()
    data.polls.forEach(p => polls.set(p.id, p))
    current = data.current
    // The form stays as it is when the poll on screen is the same (a reconnect keeps a half-made choice).
    status.textContent = ''
    render()
    if (pending)
      void send(pending.poll, pending.answer)
  })
  source.addEventListener('poll', (event) => {
    const { poll } = JSON.parse((event as MessageEvent<string>).data) as StreamEvents['poll']
    poll.mine = polls.get(poll.id)?.mine
    polls.set(poll.id, poll)
    if (poll.id === current)
      render()
  })
  source.addEventListener('current', (event) => {
    current = (JSON.parse((event as MessageEvent<string>).data) as StreamEvents['current']).current
    render()
  })
  // One connection serves the poll and the questions section.
  source.addEventListener('questions', (event) => {
    questions.update(JSON.parse((event as MessageEvent<string>).data) as StreamEvents['questions'])
  })
  source.addEventListener('error', () => {
    status.textContent = 'Reconnecting…'
  })
}

// The server inlines the state into the page: usable before the stream has even connected.
const initial = document.getElementById('initial')?.textContent
if (initial) {
  const data = JSON.parse(initial) as StreamEvents['hello']
  data.polls.forEach(p => polls.set(p.id, p))
  current = data.current
  render()
}
// The moment the page can take a vote (read by the budget test).
performance.mark('join-interactive')
connect()
