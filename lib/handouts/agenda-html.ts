import type { Agenda } from '../agenda'
import { formatClock } from './clock'
import { escapeHtml } from './markdown'

const KIND_LABELS = { talk: 'talk', poll: 'poll', exercise: 'exercise' } as const

/** The agenda table, from lib/agenda.ts: the same parts, minutes and buffer as the deck's agenda slide. */
export function renderAgenda(agenda: Agenda, options: { slides?: boolean, start?: number } = {}): string {
  const rows = agenda.parts.map((part) => {
    const kinds = Object.entries(part.byKind)
      .filter(([, minutes]) => minutes > 0)
      .map(([kind, minutes]) => `${minutes} min ${KIND_LABELS[kind as keyof typeof KIND_LABELS]}`)
      .join(', ')
    const slides = options.slides
      ? `<td>${part.slides[0]}–${part.slides.at(-1)}</td>`
      : ''
    return `<tr data-minutes="${part.minutes}"><td>${formatClock(part.startsAt, options.start)}</td><th scope="row">${escapeHtml(part.title)}</th><td class="num">${part.minutes}</td><td>${escapeHtml(kinds)}</td>${slides}</tr>`
  }).join('\n')
  const span = options.slides ? '<td></td>' : ''
  const buffer = `<tr class="agenda-buffer" data-buffer-minutes="${agenda.bufferMinutes}"><td>any time</td><th scope="row">Buffer, spent where the room needs it</th><td class="num">${agenda.bufferMinutes}</td><td></td>${span}</tr>`
  return `<table class="agenda" data-total-minutes="${agenda.workshopMinutes}" data-planned-minutes="${agenda.totalMinutes}">
<caption>${agenda.workshopMinutes} minutes: ${agenda.totalMinutes} planned in ${agenda.parts.length} parts, and ${agenda.bufferMinutes} to spend anywhere</caption>
<thead><tr><th scope="col">Starts</th><th scope="col">Part</th><th scope="col" class="num">Minutes</th><th scope="col">Made of</th>${options.slides ? '<th scope="col">Slides</th>' : ''}</tr></thead>
<tbody>
${rows}
${buffer}
</tbody>
<tfoot><tr><td></td><th scope="row">Total</th><td class="num agenda-total">${agenda.workshopMinutes}</td><td></td>${span}</tr></tfoot>
</table>`
}
