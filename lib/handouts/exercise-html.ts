import type { BlockName, Exercise } from '../exercises/exercise'
import { groupLabel } from '../exercises/group-label'
import { escapeHtml, renderMarkdown } from './markdown'

function block(name: BlockName, markdown: string, heading?: string): string {
  return `${heading
    ? `<h3>${heading}</h3>\n`
    : ''}<div class="${name}" data-block="${name}"><div class="exercise-block-body">${renderMarkdown(markdown)}</div></div>`
}

function list(items: readonly string[]): string {
  return items.length
    ? `<ul>${items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '<p>Nothing to prepare.</p>'
}

export function exerciseHeading(exercise: Exercise): string {
  return `Exercise ${exercise.number}: ${exercise.title}`
}

function meta(exercise: Exercise): string {
  return `<p class="exercise-meta">${exercise.totalMinutes} min · ${escapeHtml(groupLabel(exercise.groupSize))}</p>
<h3>You will</h3>${list(exercise.objectives)}`
}

function worksheet(exercise: Exercise): string {
  if (!exercise.worksheet)
    return ''
  const { columns, rows } = exercise.worksheet
  const head = columns.map(column => `<th scope="col">${escapeHtml(column)}</th>`).join('')
  const row = `<tr>${columns.map(() => '<td></td>').join('')}</tr>`
  return `<h3>Worksheet</h3>
<table class="worksheet"><thead><tr>${head}</tr></thead><tbody>${row.repeat(rows)}</tbody></table>`
}

/** What participants see: prompt, steps and questions (with room to write). No solution, no notes. */
export function renderParticipantExercise(exercise: Exercise): string {
  return `<article class="exercise" data-exercise-id="${exercise.id}">
${meta(exercise)}
${block('exercise-prompt', exercise.prompt, 'Task')}
${block('exercise-steps', exercise.steps, 'Steps')}
${worksheet(exercise)}
${block('exercise-questions', exercise.questions, 'Discuss')}
<div class="write-space"></div>
</article>`
}

/** Everything: the participant view plus materials, the sample answer and the facilitator notes. */
export function renderFacilitatorExercise(exercise: Exercise): string {
  const notes = exercise.notes.map(note => `<div class="facilitator-note">${renderMarkdown(note)}</div>`).join('\n')
  return `<article class="exercise" data-exercise-id="${exercise.id}">
${meta(exercise)}
<h3>Materials</h3>${list(exercise.materials)}
${block('exercise-prompt', exercise.prompt, 'Task')}
${block('exercise-steps', exercise.steps, 'Steps')}
${block('exercise-questions', exercise.questions, 'Discuss')}
${block('exercise-solution', exercise.solution, 'Sample answer')}
<h3>Facilitator notes</h3>
<div class="facilitator-notes">${notes}</div>
<p class="source-ref">Source: <code>${escapeHtml(exercise.file)}</code></p>
</article>`
}
