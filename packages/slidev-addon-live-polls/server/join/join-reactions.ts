/**
 * The reaction bar of /join: a tap tells the presenter how the pace feels. The server allows one
 * reaction every few seconds per phone; the bar rests for that long after each tap, and the tapped
 * button stays marked meanwhile, so the phone shows it was sent. Each button is the reaction's icon
 * (drawn, no emoji font needed) above its name, which is also its accessible name.
 */
import type { ErrorResponse, ReactionRequest } from '../../core/polls/protocol.ts'
import type { ReactionId } from '../../core/reactions/reactions.ts'
import { ICON_VIEWBOX, REACTION_ICONS } from '../../core/reactions/icons.ts'
import { REACTION_COOLDOWN_MS, REACTIONS } from '../../core/reactions/reactions.ts'
import { el, icon } from './dom.ts'

export function mountReactions(): void {
  const told = el('p', { className: 'sr-only', role: 'status' })
  const bar = el('nav', { className: 'reactions', ariaLabel: 'Reactions' })
  const buttons = REACTIONS.map((reaction) => {
    const button = el('button', { type: 'button', className: 'reaction' }, icon(REACTION_ICONS[reaction.id], ICON_VIEWBOX), el('span', { textContent: reaction.label }))
    button.dataset.reaction = reaction.id
    button.addEventListener('click', () => void react(button, reaction.id, reaction.label))
    return button
  })
  bar.append(...buttons, told)
  document.body.append(bar)

  function rest(sent: HTMLButtonElement, ms: number): void {
    buttons.forEach(b => b.disabled = true)
    sent.classList.add('sent')
    window.setTimeout(() => {
      buttons.forEach(b => b.disabled = false)
      sent.classList.remove('sent')
    }, ms)
  }

  async function react(button: HTMLButtonElement, kind: ReactionId, label: string): Promise<void> {
    rest(button, REACTION_COOLDOWN_MS)
    try {
      const res = await fetch('/api/reactions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind } satisfies ReactionRequest) })
      told.textContent = res.ok
        ? `Sent: ${label}`
        : (await res.json() as Partial<ErrorResponse>).error ?? 'Not sent'
    }
    catch {
      told.textContent = 'Connection lost: not sent'
    }
  }
}
