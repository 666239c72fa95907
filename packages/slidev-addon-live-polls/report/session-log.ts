/**
 * `--results` means one thing for every command that prints a session's votes (`export`,
 * `handouts`, `report`): the poll server's results folder, or the `polls.jsonl` inside it. The log
 * is replayed from a private copy, exactly as the server replays it at start, so printing never
 * writes to the session's results (no repair, no set-aside file) and sees what the presenter saw.
 *
 *   const log = await resultsLogPath(options.results)          // one sentence if it is not a log
 *   const session = await replaySession(log, await loadPollsFromDeck())
 */
import type { DeckPoll } from '../core/polls/load-from-deck'
import type { PollSnapshot, ResultsExport, RoomState } from '../core/polls/protocol'
import type { QuestionView } from '../core/questions/questions'
import type { PaceSnapshot } from '../core/reactions/reactions'
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { CommandError } from '../node/cli/fail'
import { PollStore } from '../server/poll-store'
import { QaStore } from '../server/qa-store'
import { ReactionStore } from '../server/reaction-store'
import { resultsJson } from '../server/results-export'
import { DEFAULT_ROOM_SIZE, Room } from '../server/room'

export const RESULTS_LOG = 'polls.jsonl'

/** The path of the poll log that `--results <given>` names, or a one-sentence CommandError. */
export async function resultsLogPath(given: string): Promise<string> {
  const kind = await stat(given).catch(() => undefined)
  const advice = `pass the poll server's results folder (e.g. --results results) or the ${RESULTS_LOG} inside it`
  if (!kind)
    throw new CommandError(`--results ${given}: no such file or folder; ${advice}.`)
  if (kind.isDirectory()) {
    const log = join(given, RESULTS_LOG)
    if (!(await stat(log).catch(() => undefined))?.isFile())
      throw new CommandError(`--results ${given}: that folder holds no ${RESULTS_LOG} (the poll server writes it during a session); ${advice}.`)
    return log
  }
  if (basename(given) !== RESULTS_LOG)
    throw new CommandError(`--results ${given}: not a poll log; ${advice}.`)
  return given
}

export interface ReplayedSession {
  /** Every poll as the presenter sees it now (tallies of hidden polls included). */
  polls: PollSnapshot[]
  /** The same results as the server's `GET /api/results`. */
  results: ResultsExport
  /** Every question, moderated or not (the report keeps the approved ones). */
  questions: QuestionView[]
  pace: PaceSnapshot
  room: RoomState
  /** First and last record's time (ISO): when the session ran. */
  from?: string
  to?: string
}

/** Replays a private copy of the log for the deck's polls. */
export async function replaySession(log: string, polls: DeckPoll[]): Promise<ReplayedSession> {
  const dir = await mkdtemp(join(tmpdir(), 'session-log-'))
  try {
    await copyFile(log, join(dir, RESULTS_LOG))
    const store = new PollStore({ polls, resultsDir: dir })
    try {
      const qa = new QaStore(store.log)
      const reactions = new ReactionStore(store.log)
      const room = new Room(store.log, DEFAULT_ROOM_SIZE).state()
      const times = store.log.startup.records
        .map(record => (record as { at?: unknown }).at)
        .filter((at): at is string => typeof at === 'string' && !Number.isNaN(Date.parse(at)))
        .sort()
      return {
        polls: store.snapshots({ presenter: true }),
        results: resultsJson(store, room),
        questions: qa.book.view(true).questions,
        pace: reactions.snapshot(),
        room,
        from: times[0],
        to: times.at(-1),
      }
    }
    finally {
      await store.close()
    }
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}
