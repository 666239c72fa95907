/**
 * What the replay of the vote log at start set aside: records that parse but do not fit (an
 * answer outside its poll's options, a vote after the close, a type no store knows), with their
 * line numbers, in one sentence for the terminal.
 */
import type { z } from 'zod'

export interface SetAside {
  line: number
  reason: string
}

export function describeSetAside(path: string, setAside: SetAside[]): string | null {
  if (!setAside.length)
    return null
  const sorted = [...setAside].sort((a, b) => a.line - b.line)
  const shown = sorted.slice(0, 5).map(s => `line ${s.line}: ${s.reason}`).join('; ')
  const more = sorted.length > 5 ? `; and ${sorted.length - 5} more` : ''
  return `Vote log ${path}: ${sorted.length} ${sorted.length === 1 ? 'record' : 'records'} set aside and not counted (${shown}${more}); they stay in the file.`
}

/** A schema's complaint in a few words: the first problem and where. */
export function summarise(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'unknown problem'
}
