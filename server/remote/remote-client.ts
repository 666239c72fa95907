/**
 * The phone remote's script (/remote): plain DOM, a request every 1.5 s for the state (no stream:
 * an EventSource cannot send the Authorization header), big buttons within a thumb's reach.
 */
import type { PollSnapshot, RemoteSlide, RemoteState } from '../../lib/polls/protocol.ts'
import { paceAgainstPlan } from '../../lib/agenda.ts'
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

function button(label: string, action: () => Promise<void>, className = ''): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label, className })
  b.addEventListener('click', () => void action())
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

/** Time since the deck started, and how that stands against the plan for this slide. */
function clock(startedAt: string | null, slide: RemoteSlide | null): string {
  const seconds = startedAt ? Math.max(0, Math.floor((Date.now() - Date.parse(startedAt)) / 1000)) : 0
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return slide ? `${time} · ${paceAgainstPlan(slide.startsAt, slide.minutes, seconds / 60)}` : time
}

function pollControls(poll: PollSnapshot): HTMLElement {
  const path = (verb: string) => `/api/remote/polls/${encodeURIComponent(poll.id)}/${verb}`
  const row = el('div', { className: 'row', role: 'group', ariaLabel: 'Poll controls' })
  row.append(poll.state === 'open'
    ? button('Close voting', () => act('POST', path('close')))
    : button('Open voting', () => act('POST', path('open'))))
  row.append(poll.revealed
    ? button('Hide results', () => act('POST', path('hide')))
    : button('Reveal results', () => act('POST', path('reveal'))))
  if (poll.rounds?.current === 1)
    row.append(button('Start round 2', () => act('POST', path('round-2'))))
  if (confirmingReset) {
    row.append(button('Yes, reset', async () => {
      confirmingReset = false
      await act('POST', path('reset'))
    }, 'danger'), button('Cancel', async () => {
      confirmingReset = false
      draw()
    }))
  }
  else {
    row.append(button('Reset…', async () => {
      confirmingReset = true
      draw()
    }, 'danger'))
  }
  return el('section', { ariaLabel: 'Poll' }, el('h2', { textContent: `Poll: ${poll.voters} ${poll.voters === 1 ? 'vote' : 'votes'} · ${poll.state}${poll.rounds ? ` · round ${poll.rounds.current}` : ''}` }), row)
}

function draw(): void {
  const focused = document.activeElement?.textContent
  root.replaceChildren()
  if (!token) {
    root.append(el('h1', { textContent: 'Open the remote from the QR code on the presenter\'s terminal.' }))
    return
  }
  if (problem)
    root.append(el('p', { className: 'problem', role: 'alert', textContent: problem }))
  if (!latest)
    return
  const { slide, total, startedAt, poll, questions, decks } = latest
  root.append(
    el('p', { className: 'meta' }, el('span', { textContent: slide ? `Slide ${slide.no} / ${total}` : `${total} slides` }), el('span', { id: 'clock', textContent: clock(startedAt, slide) })),
    el('h1', { textContent: slide ? slide.title || `Slide ${slide.no}` : 'The deck has not started' }),
  )
  if (slide?.minutes)
    root.append(el('p', { className: 'muted', textContent: `Planned: ${slide.minutes} min` }))
  if (!decks)
    root.append(el('p', { className: 'problem', textContent: 'The deck is not open on the presenter\'s machine.' }))
  if (slide?.notes)
    root.append(el('section', { ariaLabel: 'Notes' }, el('h2', { textContent: 'Notes' }), el('p', { className: 'notes', textContent: slide.notes })))
  if (poll)
    root.append(pollControls(poll))
  const waiting = questions.questions.filter(q => q.status === 'pending')
  const list = el('ul', { className: 'queue', ariaLabel: 'Questions waiting' })
  for (const q of waiting) {
    const path = (verb: string) => `/api/remote/questions/${encodeURIComponent(q.id)}/${verb}`
    list.append(el('li', {}, el('span', { textContent: q.text }), el('div', { className: 'row' }, button('Approve', () => act('POST', path('approve'))), button('Hide', () => act('POST', path('hide'))))))
  }
  root.append(el('section', { ariaLabel: 'Questions' }, el('h2', { textContent: `Questions waiting (${waiting.length})` }), list))
  root.append(el('nav', { className: 'nav', ariaLabel: 'Slides' }, button('◀ Back', () => act('POST', '/api/remote/navigate', { to: 'prev' })), button('Next ▶', () => act('POST', '/api/remote/navigate', { to: 'next' }), 'next')))
  // Redrawing must not throw the focus away from a keyboard or switch user.
  if (focused)
    [...root.querySelectorAll('button')].find(b => b.textContent === focused)?.focus()
}

let drawn = ''

async function refresh(): Promise<void> {
  try {
    latest = await call('GET', '/api/remote') as RemoteState
  }
  catch (error) {
    problem = (error as Error).message
  }
  // Redraw only on a change: a button stays put under a thumb (and a test's pointer); the clock ticks by itself.
  const now = JSON.stringify([latest, problem, confirmingReset])
  if (now !== drawn) {
    drawn = now
    draw()
  }
  const shown = document.getElementById('clock')
  if (shown && latest)
    shown.textContent = clock(latest.startedAt, latest.slide)
}

if (token) {
  void refresh()
  setInterval(() => void refresh(), 1500)
}
else {
  draw()
}
