/** The deck's typed content (lib/content/), rendered for paper from the same data as the slides. */
import type { FactRegistry } from '../facts/registry'
import { comparisonOf } from '../content/comparison'
import { osiMark, spectrumOf } from '../content/spectrum'
import { escapeHtml } from './markdown'

/** Lines to write on per band of the participants' spectrum: the four bands fill a page. */
const SPECTRUM_LINES = 7

/**
 * The openness spectrum. Participants get the bands with a blank column to place models in
 * (their worksheet for exercise 1); the facilitator guide adds the deck's placements and evidence.
 */
export function renderSpectrum(facts: FactRegistry, options: { placements: boolean }): string {
  const spectrum = spectrumOf(facts)
  const rows = spectrum.map((level, index) => {
    const placed = options.placements
      ? `<td><ul>${level.examples.map(example => `<li><strong>${escapeHtml(example.name)}</strong> (${example.year}${osiMark(example.osi) ? `, ${osiMark(example.osi)}` : ''}): ${escapeHtml(example.evidence)}${example.inArticle ? '' : ' <span class="added">(added to the article\'s examples)</span>'}</li>`).join('')}</ul></td>`
      : `<td class="write-cell"><div class="write-lines" aria-hidden="true">${'<div class="write-line"></div>'.repeat(SPECTRUM_LINES)}</div></td>`
    return `<tr data-level="${level.id}"><td class="num">${index + 1}</td><th scope="row">${escapeHtml(level.label)}</th><td>${escapeHtml(level.youGet)}</td>${placed}</tr>`
  }).join('\n')
  return `<table class="spectrum">
<caption>From most closed (1) to most open (${spectrum.length})</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Level</th><th scope="col">What you get</th><th scope="col">${options.placements ? 'Releases placed here in the deck (by the flowchart; OSI ✓/✗ where OSI gave a verdict)' : 'Models you placed here'}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}

export function renderComparison(facts: FactRegistry): string {
  const rows = comparisonOf(facts).map(row => `<tr data-row="${row.id}"><th scope="row">${escapeHtml(row.dimension)}</th><td>${escapeHtml(row.open)}</td><td>${escapeHtml(row.closed)}</td></tr>`).join('\n')
  return `<table class="comparison">
<caption>Open and closed models, side by side</caption>
<thead><tr><th scope="col">Dimension</th><th scope="col">Open models</th><th scope="col">Closed models</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
