import type { CardSet } from '../cards/schema'
import type { BlockName, Exercise } from '../exercises/exercise'
import type { FactRegistry } from '../facts/registry'
import { groupLabel } from '../exercises/group-label'
import { materialCardSet } from '../exercises/schema'
import { renderCardAnswers } from './cards-html'
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

function materialsList(exercise: Exercise, cards: readonly CardSet[]): string {
  return list(exercise.materials.map((material) => {
    const id = materialCardSet(material)
    if (!id)
      return material as string
    const set = cards.find(s => s.id === id)
    return set ? `${set.title}: ${set.cards.length} cards per group (card sheets)` : `Card set "${id}"`
  }))
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

/** Ruled lines to write on: one element per line, so they print as real lines and can be counted. */
export function writeLines(count: number, id: string): string {
  return `<div class="write-lines" id="${id}" data-lines="${count}" aria-hidden="true">${'<div class="write-line"></div>'.repeat(count)}</div>`
}

/** Lines under each question: enough to write a sentence or two. */
export const LINES_PER_QUESTION = 4

/**
 * The questions of an exercise, each with its ruled lines in one block that never breaks across
 * pages (ids let the build measure that in the PDF).
 */
function questionsWithLines(exercise: Exercise): string {
  const items = [...renderMarkdown(exercise.questions).matchAll(/<li>([\s\S]*?)<\/li>/g)].map(match => match[1])
  return `<h3>${exercise.groupSize === 1 || exercise.groupSize === '1' ? 'Your answers' : 'Discuss'}</h3>
<div class="exercise-questions" data-block="exercise-questions"><div class="exercise-block-body"><ol class="question-list">${items.map((item, index) => `<li class="question" id="${questionId(exercise, index)}"><div class="question-text">${item}</div>${writeLines(LINES_PER_QUESTION, `${questionId(exercise, index)}-end`)}</li>`).join('\n')}</ol></div></div>`
}

export function questionId(exercise: Exercise, index: number): string {
  return `q-${exercise.id}-${index + 1}`
}

/** Ids of every question and of the end of its lines, for the page measurement. */
export function questionAnchors(exercise: Exercise): { question: string, end: string }[] {
  const count = [...renderMarkdown(exercise.questions).matchAll(/<li>/g)].length
  return Array.from({ length: count }, (_, index) => ({ question: questionId(exercise, index), end: `${questionId(exercise, index)}-end` }))
}

/**
 * What participants see: prompt, steps and questions (with room to write). No solution, no notes.
 * The task and steps sit beside the exercise's aims, so the whole exercise fits one page.
 */
export function renderParticipantExercise(exercise: Exercise): string {
  return `<article class="exercise" data-exercise-id="${exercise.id}">
<p class="exercise-meta">${exercise.totalMinutes} min · ${escapeHtml(groupLabel(exercise.groupSize))}</p>
<div class="exercise-intro">
<div class="exercise-work">
${block('exercise-prompt', exercise.prompt, 'Task')}
${block('exercise-steps', exercise.steps, 'Steps')}
</div>
<aside class="exercise-aims" aria-label="You will"><h3>You will</h3>${list(exercise.objectives)}</aside>
</div>
${worksheet(exercise)}
${questionsWithLines(exercise)}
</article>`
}

/**
 * Everything: the participant view plus materials, the timing, the facilitator notes (instructions
 * to say aloud, good and weak answers, what to do when stuck or done early), the sample answer and
 * the card answers. `notes` are the exercise's notes after the guide removed repeated sentences.
 */
export function renderFacilitatorExercise(exercise: Exercise, cards: readonly CardSet[], facts: FactRegistry, notes: readonly string[] = exercise.notes): string {
  const countdown = typeof exercise.countdown === 'number' ? exercise.countdown : exercise.minutes
  const setup = exercise.minutes - countdown
  const timing = `${setup > 0 ? `${setup} min to give instructions and form groups, then ` : ''}a ${countdown}-minute countdown of working time${exercise.totalMinutes > exercise.minutes ? `, then ${exercise.totalMinutes - exercise.minutes} min of debrief` : ''}.`
  const answers = exercise.materials.map(materialCardSet).map(id => cards.find(set => set.id === id)).filter(set => set !== undefined).map(set => renderCardAnswers(set, facts)).join('\n')
  return `<article class="exercise" data-exercise-id="${exercise.id}">
${meta(exercise)}
<p class="exercise-timing">${escapeHtml(timing)}</p>
<h3>Materials</h3>${materialsList(exercise, cards)}
${block('exercise-prompt', exercise.prompt, 'Task')}
${block('exercise-steps', exercise.steps, 'Steps')}
${block('exercise-questions', exercise.questions, 'Discuss')}
<h3>Facilitator notes</h3>
<div class="facilitator-notes">${notes.map(note => `<div class="facilitator-note">${renderMarkdown(note)}</div>`).join('\n')}</div>
${block('exercise-solution', exercise.solution, 'Sample answer')}
${answers}
</article>`
}
