import { objectives } from '../content/objectives'
import { escapeHtml } from './markdown'

/** The three learning objectives; the guide adds where each is checked. */
export function renderObjectives(options: { checks: boolean }): string {
  return `<ol class="objectives">${objectives.map(objective => `<li data-objective="${objective.number}">${escapeHtml(objective.text)}${options.checks
    ? `<br><span class="objective-check">Checked by: ${escapeHtml(objective.checkedBy)}</span>`
    : ''}</li>`).join('')}</ol>`
}
