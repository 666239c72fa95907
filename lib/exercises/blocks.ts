import type { BlockName, ExerciseBlock, ExerciseProblem } from './exercise'
import { BLOCK_NAMES } from './exercise'

const OPEN = /^::([\w-]+)\s*$/
const CLOSE = /^::\s*$/
const FENCE = /^\s*(?:```|~~~)/

/**
 * Finds the `::name` … `::` blocks (MDC block components) in a slide's Markdown.
 * `lines` are the file's lines; `from`/`to` bound the slide body (0-based, `to` exclusive).
 * Code fences and HTML comments (presenter notes) are skipped, so an example inside them is not a block.
 */
export function findBlocks(lines: readonly string[], from: number, to: number, file: string): { blocks: ExerciseBlock[], problems: ExerciseProblem[] } {
  const blocks: ExerciseBlock[] = []
  const problems: ExerciseProblem[] = []
  let open: { name: string, line: number, body: string[] } | undefined
  let inFence = false
  let inComment = false
  for (let index = from; index < to; index++) {
    const text = lines[index]
    const line = index + 1
    if (inComment) {
      if (text.includes('-->'))
        inComment = false
      open?.body.push(text)
      continue
    }
    if (FENCE.test(text)) {
      inFence = !inFence
      open?.body.push(text)
      continue
    }
    if (inFence) {
      open?.body.push(text)
      continue
    }
    if (text.trimStart().startsWith('<!--') && !text.includes('-->')) {
      inComment = true
      continue
    }
    const opening = OPEN.exec(text)
    if (opening) {
      const name = opening[1]
      if (open) {
        problems.push({ file, line: open.line, message: `block ::${open.name} is not closed before ::${name} on line ${line}: add a line with just \`::\` after its last line` })
        blocks.push({
          name: open.name as BlockName,
          markdown: open.body.join('\n').trim(),
          line: open.line,
        })
        open = undefined
      }
      if (!(BLOCK_NAMES as readonly string[]).includes(name)) {
        problems.push({ file, line, message: `unknown block ::${name}: use one of ${BLOCK_NAMES.map(n => `::${n}`).join(', ')}` })
        continue
      }
      open = { name, line, body: [] }
      continue
    }
    if (CLOSE.test(text)) {
      if (!open) {
        problems.push({ file, line, message: 'a closing `::` with no open block: remove it, or open a block above with e.g. `::exercise-steps`' })
        continue
      }
      blocks.push({
        name: open.name as BlockName,
        markdown: open.body.join('\n').trim(),
        line: open.line,
      })
      open = undefined
      continue
    }
    open?.body.push(text)
  }
  if (open) {
    problems.push({ file, line: open.line, message: `block ::${open.name} is never closed: add a line with just \`::\` after its last line` })
    // Reported above; keep it so the caller does not also call it missing.
    blocks.push({
      name: open.name as BlockName,
      markdown: open.body.join('\n').trim(),
      line: open.line,
    })
  }
  return { blocks, problems }
}
