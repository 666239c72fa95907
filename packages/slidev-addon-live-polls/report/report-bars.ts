/**
 * Results bars for paper, drawn as the slides draw them (components/PollBar.vue): one bar per
 * option in its colour (barColour: the correct quiz answer, the option's declared meaning, or
 * neutral); an earlier share (start, round 1) hatched above the later one,
 * so the pair reads without colour too. Plain HTML and CSS: they print as vector shapes.
 */
import type { ResultRow } from '../core/polls/rows'
import { escapeHtml } from '../core/html.ts'
import { barColour } from '../core/polls/rows'

function figure(count: number, share: number): string {
  return `${count} · ${share}%`
}

/** One bar: an optional tag (Start, End), the filled share and its figures. */
export function bar(share: number, caption: string, options: { tag?: string, earlier?: boolean } = {}): string {
  return `<div class="bar${options.earlier ? ' bar-earlier' : ''}">${options.tag ? `<span class="bar-tag">${escapeHtml(options.tag)}</span>` : ''}<span class="bar-track"><span class="bar-fill" style="width: ${Math.max(0, Math.min(100, share))}%"></span></span><span class="bar-figure">${escapeHtml(caption)}</span></div>`
}

/**
 * A poll's rows as labelled bars; with `pair`, each row's earlier share (`before`) is drawn above
 * the current one, tagged with the pair's names.
 */
export function resultBars(rows: readonly ResultRow[], pair?: { earlier: string, later: string }): string {
  return `<ul class="bars${pair ? ' bars-paired' : ''}">${rows.map((row) => {
    const label = `<span class="bar-label">${escapeHtml(row.label)}${row.correct ? ' <span class="correct-mark">correct answer</span>' : ''}</span>`
    const bars = pair && row.before
      ? bar(row.before.share, figure(row.before.count, row.before.share), { tag: pair.earlier, earlier: true }) + bar(row.share, figure(row.count, row.share), { tag: pair.later })
      : bar(row.share, figure(row.count, row.share))
    return `<li class="bar-row${row.correct ? ' correct' : row.meaning ? ' meaning' : ''}" style="--bar: ${barColour(row)}" data-option="${escapeHtml(row.id)}">${label}${bars}</li>`
  }).join('')}</ul>`
}
