import type { CardSet } from '../cards/schema'
import type { Exercise } from '../exercises/exercise'
import type { DeckSource } from './deck-source'
import { materialCardSet } from '../exercises/schema'
import { sheetsOf } from './cards-html'
import { formatClock } from './clock'
import { escapeHtml } from './markdown'

/** A box to tick with a pen, drawn by the stylesheet: no form control, no glyph the font may lack. */
const BOX = '<span class="tick-box" aria-hidden="true"></span>'

/** The checklist at the front of the guide: printing, cards to cut, network test, room layout. */
export function renderPreparation(deck: DeckSource, exercises: readonly Exercise[], cards: readonly CardSet[], start?: number): string {
  const usedBy = (set: CardSet) => exercises.filter(exercise => exercise.materials.some(material => materialCardSet(material) === set.id)).map(exercise => `exercise ${exercise.number}`)
  const cardRows = cards.map((set) => {
    const sheets = sheetsOf(set)
    const users = usedBy(set)
    return `<li>${BOX}<strong>${escapeHtml(set.title)}</strong>: ${set.cards.length} cards on ${sheets} sheet${sheets > 1 ? 's' : ''}, one set per group${users.length ? ` (${users.join(', ')})` : ' (reference for everyone)'}.</li>`
  }).join('')
  const item = (text: string) => `<li>${BOX}${escapeHtml(text)}</li>`
  return `<h3>The day before</h3>
<ul class="checklist">
${item('Re-check the facts on the first page of this guide against their sources, and update any record that moved (then rebuild the handouts).')}
${item('Print one participant handout per person (double-sided is fine; each question keeps its lines on one page). For the join address and QR code on its cover, build it with npm run handouts -- --join-url http://<laptop>:3030/join; without it the address is on every poll slide only.')}
${item('Print this guide for yourself, and the card sheets: one set of each card set per group (up to six groups; four in the debate).')}
${cardRows}
${item('Cut the cards along the dashed lines and clip each group\'s set together; keep one set of each for yourself.')}
${item('Read the exercise sections below: each has the instructions to say aloud, the sample answer, and what to do when a group is stuck or done early.')}
</ul>
<h3>In the room, 30 minutes before</h3>
<ul class="checklist">
${item('Start the workshop server on the laptop and open the presenter address it prints (keep it off the projector).')}
${item('Network test: join from your own phone on the classroom Wi-Fi with the join address, open the first poll, vote, reveal, reset.')}
${item('If the network fails: every poll slide offers a show of hands, and the exercises need only paper.')}
${item('Room layout: tables for groups of three or four, every seat able to see the screen, wall or table space for the four bands of the spectrum. The debate regroups the room into four groups, one per role.')}
${item('Put a handout on every seat and the card sets on a side table.')}
${item(`Timing: ${deck.agenda.workshopMinutes} minutes, from ${formatClock(0, start)} to ${formatClock(deck.agenda.workshopMinutes, start)}: ${deck.agenda.totalMinutes} planned on the slides and ${deck.agenda.bufferMinutes} of buffer to spend where the room needs them (the phone remote says how much is left). Exercise countdowns show working time only; forming groups and debriefs have their own minutes in the agenda.`)}
</ul>`
}
