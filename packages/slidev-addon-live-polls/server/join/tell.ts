/**
 * Puts a sentence in one of /join's status lines (a vote's or a question's confirmation): good
 * news gets a tick and its lead in bold ("Vote received: …"), a problem the problem colour.
 * `shown` scrolls the line into view when the phone has just acted, so the answer to a tap is never
 * below the fold or under the reaction bar (the line's scroll margin, join.css, keeps it clear).
 */
import { CHECK_ICON, ICON_VIEWBOX } from '../../core/reactions/icons.ts'
import { el, icon } from './dom.ts'

export type TellKind = 'ok' | 'problem' | 'info'

export function tell(line: HTMLElement, text: string, kind: TellKind, shown: boolean): void {
  if (kind === 'ok') {
    const colon = text.indexOf(': ')
    const lead = colon < 0 ? text : text.slice(0, colon + 1)
    line.replaceChildren(icon(CHECK_ICON, ICON_VIEWBOX), el('span', {}, el('strong', { textContent: lead }), text.slice(lead.length)))
  }
  else {
    line.replaceChildren(text)
  }
  line.classList.toggle('ok', kind === 'ok')
  line.classList.toggle('problem', kind === 'problem')
  if (shown)
    line.scrollIntoView({ block: 'nearest' })
}
