/**
 * The questions part of /join: ask anonymously, upvote others' questions (one vote each, tap
 * again to take it back). join-client.ts mounts it and hands it the `questions` events of its
 * stream, so a phone keeps one connection. The server knows the phone by its cookie, as for votes.
 */
import type { AskRequest, ErrorResponse, QaSnapshot, QuestionView, UpvoteRequest } from '../../core/polls/protocol.ts'
import { QA_LIMITS } from '../../core/questions/questions.ts'
import { el as make } from './dom.ts'
import { tell as show } from './tell.ts'

export function mountQuestions(): { update: (data: QaSnapshot) => void } {
  const voted = new Set<string>()
  const asked = new Set<string>()
  let latest: QaSnapshot | null = null

  const text = make('textarea', { id: 'qa-text', name: 'question', rows: 3, maxLength: QA_LIMITS.maxLength })
  const sendButton = make('button', { type: 'submit', className: 'send', textContent: 'Ask' })
  const form = make('form', { noValidate: true }, make('label', { htmlFor: 'qa-text', textContent: 'Ask a question (anonymous)' }), text, sendButton)
  const note = make('p', { id: 'qa-status', className: 'confirm', role: 'status' })
  const waiting = make('p', { className: 'muted' })
  const list = make('ol', { id: 'qa-list', className: 'qa-list', ariaLabel: 'Questions from the room' })
  const section = make('section', { id: 'qa' }, make('h2', { id: 'qa-title', textContent: 'Questions' }), form, note, waiting, list)
  section.setAttribute('aria-labelledby', 'qa-title')
  document.body.append(section)

  // A problem, like good news, is scrolled into view: the phone just acted and waits for the answer.
  function tell(message: string, problem = false): void {
    show(note, message, problem ? 'problem' : 'info', problem)
  }

  async function request(path: string, body: AskRequest | UpvoteRequest): Promise<{ ok: boolean, body: Record<string, unknown> & Partial<ErrorResponse> }> {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    return { ok: res.ok, body: await res.json() as Record<string, unknown> }
  }

  function row(q: QuestionView): HTMLLIElement {
    const mine = voted.has(q.id)
    const arrow = make('span', { textContent: '▲ ' })
    arrow.setAttribute('aria-hidden', 'true')
    // Read as "3 upvotes", pressed or not; the visible number is part of the name.
    const button = make('button', { type: 'button', className: mine ? 'upvote on' : 'upvote' }, arrow, String(q.votes), make('span', { className: 'sr-only', textContent: ' upvotes' }))
    button.setAttribute('aria-pressed', String(mine))
    button.addEventListener('click', () => void upvote(q.id, !voted.has(q.id)))
    const text = make('span', { className: 'q', textContent: q.text })
    if (q.answered)
      text.append(make('span', { className: 'answered-tag', textContent: 'Answered' }))
    return make('li', { className: q.answered ? 'answered' : '' }, text, button)
  }

  function draw(): void {
    if (!latest)
      return
    const { settings, questions } = latest
    form.hidden = !settings.open
    if (!settings.open)
      tell('Questions are closed right now.')
    const shown = new Set(questions.map(q => q.id))
    const pending = [...asked].filter(id => !shown.has(id)).length
    waiting.textContent = pending
      ? `${pending} of your questions ${pending === 1 ? 'waits' : 'wait'} for the presenter's approval.`
      : ''
    list.replaceChildren(...questions.map(row))
  }

  async function upvote(id: string, up: boolean): Promise<void> {
    try {
      const { ok, body } = await request(`/api/questions/${encodeURIComponent(id)}/votes`, { up })
      if (!ok)
        return tell(String(body.error ?? 'The vote was not accepted.'), true)
      if (up)
        voted.add(id)
      else
        voted.delete(id)
      const q = latest?.questions.find(x => x.id === id)
      if (q)
        q.votes = Number(body.votes)
      draw()
    }
    catch {
      tell('Connection lost: try again in a moment.', true)
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (!text.value.trim())
      return tell('Write your question first.', true)
    sendButton.disabled = true
    request('/api/questions', { text: text.value }).then(({ ok, body }) => {
      if (!ok)
        return tell(String(body.error ?? 'The question was not accepted.'), true)
      asked.add(String(body.id))
      text.value = ''
      draw()
      show(note, body.status === 'approved'
        ? 'Question sent: it is on the list.'
        : 'Question sent: it appears once the presenter approves it.', 'ok', true)
    }, () => tell('Connection lost: try again in a moment.', true)).finally(() => sendButton.disabled = false)
  })

  function update(data: QaSnapshot): void {
    // The stream's first frame on each connection is personal (which questions are mine); later
    // frames are the room's list, the same for every phone.
    data.voted?.forEach(id => voted.add(id))
    data.asked?.forEach(id => asked.add(id))
    latest = data
    draw()
  }

  return { update }
}
