/**
 * The reaction bar of /join: a tap tells the presenter how the pace feels. The server allows one
 * reaction every few seconds per phone; the bar rests for that long after each tap.
 */

import type { ErrorResponse, ReactionRequest } from '../../lib/polls/protocol.ts'
/**
 * The reaction bar of /join: a tap tells the presenter how the pace feels. The server allows one
 * reaction every few seconds per phone; the bar rests for that long after each tap.
 */
import type { ReactionId } from '../../lib/reactions/reactions.ts'
import { REACTION_COOLDOWN_MS, REACTIONS } from '../../lib/reactions/reactions.ts'

export function mountReactions(): void {
  const told = Object.assign(document.createElement('p'), { className: 'sr-only', role: 'status' })
  const bar = Object.assign(document.createElement('nav'), { className: 'reactions', ariaLabel: 'Reactions' })
  const buttons = REACTIONS.map((reaction) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'reaction' })
    const emoji = Object.assign(document.createElement('span'), { textContent: reaction.emoji })
    emoji.setAttribute('aria-hidden', 'true')
    button.append(emoji, Object.assign(document.createElement('span'), { textContent: reaction.label }))
    button.addEventListener('click', () => void react(reaction.id, reaction.label))
    return button
  })
  bar.append(...buttons, told)
  document.body.append(bar)

  function rest(ms: number): void {
    buttons.forEach(b => b.disabled = true)
    window.setTimeout(() => buttons.forEach(b => b.disabled = false), ms)
  }

  async function react(kind: ReactionId, label: string): Promise<void> {
    rest(REACTION_COOLDOWN_MS)
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
