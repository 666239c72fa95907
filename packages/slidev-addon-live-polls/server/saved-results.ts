/**
 * What the vote log holds, for the terminal: the banner's "so far" line at start and the summary
 * on stop. Read from the file itself, so the stop summary counts what is on disk.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resultsLogPath } from './results-dir.ts'

export interface SavedResults {
  /** Every acknowledged vote, changed votes and both rounds included. */
  votes: number
  /** Participants who voted at least once. */
  voters: number
  questions: number
  reactions: number
  /** Participant ids the room let in. */
  joined: number
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export function savedResults(dir: string): SavedResults {
  const saved: SavedResults = { votes: 0, voters: 0, questions: 0, reactions: 0, joined: 0 }
  const log = resultsLogPath(dir)
  if (!existsSync(log))
    return saved
  const voters = new Set<string>()
  const joined = new Set<string>()
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    let record: { type?: unknown, participant?: unknown }
    try {
      record = JSON.parse(line) as typeof record
    }
    catch {
      continue // a blank or damaged line: the replay reports those
    }
    if (record.type === 'vote') {
      saved.votes++
      voters.add(String(record.participant))
    }
    else if (record.type === 'qa-ask') {
      saved.questions++
    }
    else if (record.type === 'reaction') {
      saved.reactions++
    }
    else if (record.type === 'join') {
      joined.add(String(record.participant))
    }
  }
  saved.voters = voters.size
  saved.joined = joined.size
  return saved
}

/** "47 votes from 6 participants, 3 questions and 12 reactions", or "no votes, questions or reactions". */
export function describeSaved({ votes, voters, questions, reactions }: SavedResults): string {
  if (!votes && !questions && !reactions)
    return 'no votes, questions or reactions'
  const parts = [
    `${plural(votes, 'vote')}${votes ? ` from ${plural(voters, 'participant')}` : ''}`,
    plural(questions, 'question'),
    plural(reactions, 'reaction'),
  ]
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
