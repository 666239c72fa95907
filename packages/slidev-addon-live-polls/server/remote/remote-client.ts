/**
 * The phone remote's script (/remote): plain DOM, a request every 1.5 s for the state (no stream:
 * an EventSource cannot send the Authorization header). The screen is three fixed parts: the slide
 * and the clock at the top, the notes and the question queue scrolling in the middle, and the
 * poll's controls and big Back/Next buttons at the bottom, always within a thumb's reach however
 * long the notes are. Each part is redrawn only when what it shows changed, so a vote coming in
 * never scrolls the notes back or moves a button from under a thumb.
 */
import type { PollSnapshot, RemoteState } from '../../core/polls/protocol.ts'
import { elapsedLabel } from '../../core/remote/elapsed.ts'
import { remotePollStatus } from '../../core/remote/poll-status.ts'
import { paceAgainstPlan } from '../../core/timing.ts'
import { el } from '../join/dom.ts'

const KEY = 'workshop-remote-token'
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token')
if (fromHash) {
  sessionStorage.setItem(KEY, fromHash)
  // Out of the address bar and the history once read.
  history.replaceState(null, '', location.pathname)
}
const token = sessionStorage.getItem(KEY) ?? ''
const root = document.getElementById('remote')!
let latest: RemoteState | null = null
let confirmingReset = false
let problem = ''

function button(label: string, action: () => Promise<void> | void, className = ''): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label, className })
  b.addEventListener('click', () => void action())
  return b
}

/** A button whose arrow is decoration: its name is the word alone. */
function arrowButton(word: string, arrow: string, before: boolean, action: () => Promise<void>, className = ''): HTMLButtonElement {
  const b = button('', action, className)
  const mark = el('span', { className: 'arrow', textContent: arrow })
  mark.setAttribute('aria-hidden', 'true')
  b.append(...(before ? [mark, word] : [word, mark]))
  return b
}

async function call(method: 'GET' | 'POST', path: string, body?: object): Promise<unknown> {
  const res = await fetch(path, {
    method,
    headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await res.json() as { error?: string }
  if (!res.ok)
    throw new Error(data.error ?? `failed (${res.status})`)
  return data
}

async function act(method: 'GET' | 'POST', path: string, body?: object): Promise<void> {
  try {
    await call(method, path, body ?? {})
    problem = ''
  }
  catch (error) {
    problem = (error as Error).message
  }
  await refresh()
}

// The screen's parts, made once.
const slideNo = el('span', { id: 'slide-no' })
const planned = el('span', { id: 'planned' })
const clock = el('p', { id: 'clock', className: 'clock' })
const title = el('h1', { id: 'title', textContent: 'Connecting…' })
// A screen reader hears the new slide's title; the ticking clock stays quiet.
title.setAttribute('aria-live', 'polite')
const alerts = el('div', { id: 'alerts' })
const notes = el('div', { className: 'notes' })
const notesSection = el('section', { ariaLabel: 'Notes' }, el('h2', { textContent: 'Notes' }), notes)
const queueTitle = el('h2', { id: 'queue-title' })
const queue = el('ul', { className: 'queue', ariaLabel: 'Questions waiting' })
const queueSection = el('section', { id: 'queue', ariaLabel: 'Questions' }, queueTitle, queue)
const scroller = el('main', { className: 'scroll' }, notesSection, queueSection)
const pollSection = el('section', { className: 'poll', ariaLabel: 'Poll' })
const nav = el('nav', { className: 'nav', ariaLabel: 'Slides' }, arrowButton('Back', '◀', true, () => act('POST', '/api/remote/navigate', { to: 'prev' })), arrowButton('Next', '▶', false, () => act('POST', '/api/remote/navigate', { to: 'next' }), 'next'))
const controls = el('footer', { className: 'controls' }, pollSection, nav)
const waitingLink = button('', () => queueSection.scrollIntoView({ block: 'start' }), 'waiting')

/** Time since the deck started, in words, and how that stands against the plan for this slide. */
function clockText(state: RemoteState): string {
  if (!state.startedAt)
    return 'Not started yet'
  const seconds = Math.max(0, (Date.now() - Date.parse(state.startedAt)) / 1000)
  const pace = state.slide ? ` · ${paceAgainstPlan(state.slide.startsAt, state.slide.minutes, seconds / 60, state.bufferMinutes)}` : ''
  return `${elapsedLabel(seconds)}${pace}`
}

function drawHead(state: RemoteState): void {
  const { slide, total, decks } = state
  slideNo.textContent = slide ? `Slide ${slide.no} of ${total}` : `${total} slides`
  planned.textContent = slide?.minutes ? ` · ${slide.minutes} min planned` : ''
  title.textContent = slide ? slide.title || `Slide ${slide.no}` : 'The deck has not started'
  const waiting = state.questions.questions.filter(q => q.status === 'pending').length
  // A question mark and the count: small enough to sit beside the slide number on any phone;
  // the name says it in full.
  const mark = el('span', { className: 'qmark', textContent: '?' })
  mark.setAttribute('aria-hidden', 'true')
  waitingLink.replaceChildren(mark, String(waiting))
  waitingLink.ariaLabel = `${waiting} ${waiting === 1 ? 'question' : 'questions'} waiting`
  waitingLink.title = waitingLink.ariaLabel
  waitingLink.hidden = !waiting
  alerts.replaceChildren(...[
    problem && el('p', { className: 'problem', role: 'alert', textContent: problem }),
    !decks && el('p', { className: 'problem', textContent: 'The deck is not open on the presenter\'s machine.' }),
  ].filter(x => !!x))
}

function drawNotes(state: RemoteState): void {
  // Rendered on the server from the deck's own Markdown, raw HTML escaped (lib/remote/notes-html.ts).
  notes.innerHTML = state.slide?.notesHtml ?? ''
  notesSection.hidden = !state.slide?.notesHtml
  scroller.scrollTop = 0
}

function drawQueue(state: RemoteState): void {
  const waiting = state.questions.questions.filter(q => q.status === 'pending')
  queueTitle.textContent = `Questions waiting (${waiting.length})`
  queue.replaceChildren(...waiting.map((q) => {
    const path = (verb: string) => `/api/remote/questions/${encodeURIComponent(q.id)}/${verb}`
    return el('li', {}, el('span', { textContent: q.text }), el('div', { className: 'row' }, button('Approve', () => act('POST', path('approve'))), button('Hide', () => act('POST', path('hide')))))
  }))
}

function drawPoll(poll: PollSnapshot | null): void {
  pollSection.hidden = !poll
  if (!poll)
    return pollSection.replaceChildren()
  const path = (verb: string) => `/api/remote/polls/${encodeURIComponent(poll.id)}/${verb}`
  // Each part of the status on one line ("0 votes" never splits); the line breaks between parts.
  const parts = remotePollStatus(poll).split(' · ').flatMap((part, i) => [...(i ? [' · '] : []), el('span', { className: 'nowrap', textContent: part })])
  const status = el('p', { className: 'poll-status' }, el('strong', { textContent: 'Poll: ' }), ...parts)
  const row = el('div', { className: 'row', role: 'group', ariaLabel: 'Poll controls' })
  if (confirmingReset) {
    // Reset is rare and archives the votes: asked for in small type, confirmed in big.
    status.replaceChildren(el('strong', { textContent: 'Reset this poll? ' }), 'Its votes are archived and voting starts again.')
    row.append(button('Yes, reset', async () => {
      confirmingReset = false
      await act('POST', path('reset'))
    }, 'danger'), button('Cancel', () => {
      confirmingReset = false
      draw()
    }))
    return pollSection.replaceChildren(status, row)
  }
  row.append(poll.state === 'open'
    ? button('Close voting', () => act('POST', path('close')), 'primary')
    : button('Open voting', () => act('POST', path('open')), 'primary'))
  row.append(poll.revealed
    ? button('Hide results', () => act('POST', path('hide')))
    : button('Reveal results', () => act('POST', path('reveal'))))
  if (poll.rounds?.current === 1)
    row.append(button('Start round 2', () => act('POST', path('round-2'))))
  const reset = button('Reset…', () => {
    confirmingReset = true
    draw()
  }, 'danger small')
  pollSection.replaceChildren(el('div', { className: 'poll-head' }, status, reset), row)
}

const shown: Record<'head' | 'notes' | 'queue' | 'poll', string> = { head: '', notes: '', queue: '', poll: '' }

/** Redraws the parts whose content changed; keeps the focus on the button it was on. */
function draw(): void {
  const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent : null
  if (!token) {
    root.replaceChildren(el('h1', { className: 'alone', textContent: 'Open the remote from the QR code on the presenter\'s terminal.' }))
    return
  }
  if (!root.contains(scroller))
    root.replaceChildren(el('header', { className: 'head' }, el('div', { className: 'meta' }, el('p', {}, slideNo, planned), waitingLink), clock, title, alerts), scroller, controls)
  if (!latest)
    return
  const state = latest
  const parts: [keyof typeof shown, unknown, () => void][] = [
    ['head', [state.slide?.no, state.total, state.decks, problem, state.questions.questions.map(q => q.status)], () => drawHead(state)],
    ['notes', state.slide?.no ?? null, () => drawNotes(state)],
    ['queue', state.questions.questions.filter(q => q.status === 'pending').map(q => [q.id, q.text]), () => drawQueue(state)],
    ['poll', [state.poll, confirmingReset], () => drawPoll(state.poll)],
  ]
  for (const [part, content, redraw] of parts) {
    const key = JSON.stringify(content)
    if (key !== shown[part]) {
      shown[part] = key
      redraw()
    }
  }
  clock.textContent = clockText(state)
  // Redrawing must not throw the focus away from a keyboard or switch user.
  if (focused && !(document.activeElement instanceof HTMLButtonElement))
    [...root.querySelectorAll('button')].find(b => b.textContent === focused)?.focus()
}

async function refresh(): Promise<void> {
  try {
    latest = await call('GET', '/api/remote') as RemoteState
  }
  catch (error) {
    problem = (error as Error).message
  }
  draw()
}

if (token) {
  void refresh()
  setInterval(() => void refresh(), 1500)
  // The clock ticks by itself between two requests.
  setInterval(() => latest && (clock.textContent = clockText(latest)), 1000)
}
draw()
