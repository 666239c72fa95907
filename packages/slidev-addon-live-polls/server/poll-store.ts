/**
 * The polls' live state: which are open or revealed, each participant's current answer, hidden
 * word-cloud entries. Every change is appended to the log before it is applied, and the log is
 * replayed at start, so a restart (even after SIGKILL) comes back to the last acknowledged state.
 */
import type { Answer } from '../core/polls/answer.ts'
import type { DeckPoll } from '../core/polls/load-from-deck.ts'
import type { PollSnapshot, PollStatus, PollView, PresenterAction, RoundNumber } from '../core/polls/protocol.ts'
import type { Poll } from '../core/polls/schema.ts'
import type { Tally } from '../core/polls/tally.ts'
import type { LogReport } from './append-log.ts'
import type { SetAside } from './replay-report.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkAnswer } from '../core/polls/answer.ts'
import { isBlocked } from '../core/polls/blocklist.ts'
import { roundShift } from '../core/polls/rounds.ts'
import { RunningTally, tallyAnswers } from '../core/polls/tally.ts'
import { AppendLog } from './append-log.ts'

/** One line of results/polls.jsonl. */
export type LogRecord
  = | { type: 'vote', poll: string, participant: string, answer: Answer, at: string }
    | { type: 'open' | 'close' | 'reveal' | 'hide' | 'reset' | 'round-2', poll: string, at: string }
    | { type: 'hide-word' | 'show-word', poll: string, key: string, at: string }

/** The record types the poll store applies. */
export const POLL_RECORD_TYPES = new Set<unknown>(['vote', 'open', 'close', 'reveal', 'hide', 'reset', 'round-2', 'hide-word', 'show-word'])

type StoredAnswers = Map<string, { answer: Answer, at: string }>

interface LivePoll {
  declared: DeckPoll
  state: PollStatus
  revealed: boolean
  round: number
  answers: StoredAnswers
  hiddenWords: Set<string>
  /** Peer instruction: the round being answered, and round 1's answers once round 2 started. */
  stage: RoundNumber
  firstRound: StoredAnswers
  /** The answers' counts, kept up to date vote by vote. */
  running: RunningTally
  /** Blocklisted entries the presenter chose to show. */
  shownWords: Set<string>
  /** Tallies as each audience sees them, rebuilt at most once per change (not once per reader). */
  cache: { presenter?: Tally, public?: Tally }
  /** Closes written but not yet on disk. */
  closing: number
}

/** A word cloud sends phones its top entries only, and the presenter enough to moderate. */
export const WORDS_FOR_PHONES = 20
export const WORDS_FOR_PRESENTER = 100

export interface PollStoreOptions {
  polls: DeckPoll[]
  /** Folder for the log and reset archives (results/ by default, gitignored). */
  resultsDir: string
  /** Word-cloud entries held back until the presenter shows them (polls/blocklist.txt). */
  blocklist?: ReadonlySet<string>
}

export class PollStore {
  readonly log: AppendLog
  private polls = new Map<string, LivePoll>()
  private listeners = new Set<(pollId: string) => void>()
  /** Changes applied since start (replayed ones included); lets clients and the bench order updates. */
  seq = 0
  /** What was wrong with the log at start, in sentences for the terminal (empty when it was clean). */
  readonly damage: string[]
  /** Records the replay did not apply because they do not fit the deck's polls (see `replay`). */
  readonly setAside: SetAside[] = []

  constructor(private options: PollStoreOptions) {
    for (const declared of options.polls) {
      this.polls.set(declared.poll.id, {
        declared,
        state: 'closed',
        revealed: false,
        round: 0,
        answers: new Map(),
        hiddenWords: new Set(),
        stage: 1,
        firstRound: new Map(),
        shownWords: new Set(),
        running: new RunningTally(declared.poll),
        cache: {},
        closing: 0,
      })
    }
    const path = join(options.resultsDir, 'polls.jsonl')
    this.log = AppendLog.open(path)
    // The questions' and reactions' records share the file; replay() passes over them.
    const { records, lines } = this.log.startup
    records.forEach((record, i) => this.replay(record as LogRecord, lines[i]))
    this.damage = describeDamage(path, this.log.startup)
  }

  /**
   * Applies a record read back from the log, checked as a live request would have been: the log
   * is a file anyone with the laptop can edit, and a record that does not fit its poll (an
   * answer of 99999 on a 1-5 scale, a vote after the close) is set aside and reported, not counted.
   */
  private replay(record: LogRecord, line: number): void {
    const live = this.polls.get(record.poll)
    if (!POLL_RECORD_TYPES.has(record.type) || !live)
      return
    const refuse = (reason: string): void => {
      this.setAside.push({ line, reason })
    }
    if (typeof record.at !== 'string' || Number.isNaN(Date.parse(record.at)))
      return refuse('a record without a valid time')
    if (record.type === 'vote') {
      if (typeof record.participant !== 'string' || !record.participant)
        return refuse('a vote without a participant')
      if (live.state !== 'open')
        return refuse(`a vote in poll "${record.poll}" while it was closed`)
      const check = checkAnswer(live.declared.poll, record.answer)
      if (!check.ok)
        return refuse(`an answer that does not fit poll "${record.poll}" (${check.error})`)
      return this.apply({ ...record, answer: check.answer })
    }
    if ((record.type === 'hide-word' || record.type === 'show-word') && typeof record.key !== 'string')
      return refuse('a word-cloud record without its word')
    this.apply(record)
  }

  get ids(): string[] {
    return [
      ...this.polls.keys(),
    ]
  }

  get(id: string): Poll | undefined {
    return this.polls.get(id)?.declared.poll
  }

  /** The poll declared on a 1-based slide number, if any. */
  onSlide(slide: number): string | null {
    for (const [id, live] of this.polls) {
      if (live.declared.slide === slide)
        return id
    }
    return null
  }

  /** Open, and no close on its way to disk: a close is a barrier no later vote passes. */
  isOpen(id: string): boolean {
    const live = this.polls.get(id)
    return live?.state === 'open' && !live.closing
  }

  onChange(listener: (pollId: string) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stores a checked answer durably, then applies it. Resolves to the change's sequence number. */
  async vote(poll: string, participant: string, answer: Answer): Promise<number> {
    return this.commit({
      type: 'vote',
      poll,
      participant,
      answer,
      at: new Date().toISOString(),
    })
  }

  /** Why an action cannot run now (a 409 for the presenter), or null. */
  refusal(poll: string, action: PresenterAction): string | null {
    const live = this.polls.get(poll)!
    if (action !== 'round-2')
      return null
    if (!('rounds' in live.declared.poll) || live.declared.poll.rounds !== 2)
      return 'this poll has one round (declare `rounds: 2` for a revote)'
    return live.stage === 2
      ? 'round 2 has already started (reset to start again)'
      : null
  }

  async act(poll: string, action: PresenterAction): Promise<number> {
    if (action === 'reset')
      this.archive(poll)
    const live = this.polls.get(poll)!
    // From this moment no vote is accepted: votes already checked are ahead of the close in the
    // log, and everything behind it is refused with 409, so the log never holds a vote after it.
    if (action === 'close')
      live.closing++
    try {
      return await this.commit({
        type: action,
        poll,
        at: new Date().toISOString(),
      })
    }
    finally {
      if (action === 'close')
        live.closing--
    }
  }

  async setWordHidden(poll: string, key: string, hidden: boolean): Promise<number> {
    return this.commit({
      type: hidden ? 'hide-word' : 'show-word',
      poll,
      key,
      at: new Date().toISOString(),
    })
  }

  snapshot(id: string, view: { presenter: boolean, participant?: string }): PollSnapshot {
    const live = this.polls.get(id)!
    const { poll, slide } = live.declared
    const snap: PollSnapshot = {
      id,
      slide,
      poll: view.presenter || live.revealed ? poll : withoutAnswer(poll),
      state: live.state,
      revealed: live.revealed,
      voters: live.answers.size,
      round: live.round,
    }
    const visible = view.presenter || live.revealed || poll.results === 'live'
    if (visible)
      snap.tally = this.audienceTally(live, view.presenter)
    if ('rounds' in poll && poll.rounds === 2) {
      snap.rounds = { current: live.stage }
      if (live.stage === 2 && visible) {
        const first = tallyAnswers(poll, [...live.firstRound.values()].map(v => v.answer))
        const shift = roundShift(poll, answerMap(live.firstRound), answerMap(live.answers))
        // As with the current tally: before the reveal, phones must not learn which option is right.
        if (!view.presenter && !live.revealed) {
          delete first.correct
          delete shift.toCorrect
          delete shift.fromCorrect
        }
        snap.rounds.first = first
        snap.rounds.shift = shift
      }
    }
    const mine = view.participant
      ? live.answers.get(view.participant)
      : undefined
    if (mine)
      snap.mine = mine.answer
    return snap
  }

  snapshots(view: { presenter: boolean, participant?: string }): PollSnapshot[] {
    return this.ids.map(id => this.snapshot(id, view))
  }

  /** The full tally, every word included (hidden ones flagged): for the presenter's export. */
  tally(id: string): Tally {
    const live = this.polls.get(id)!
    return this.count(live, true)
  }

  private audienceTally(live: LivePoll, presenter: boolean): Tally {
    const key = presenter ? 'presenter' : 'public'
    const cached = live.cache[key]
    if (cached)
      return cached
    const tally = this.count(live, presenter)
    if (tally.words)
      tally.words = tally.words.slice(0, presenter ? WORDS_FOR_PRESENTER : WORDS_FOR_PHONES)
    // Until the reveal, how many chose the right option would tell which one it is.
    if (!presenter && !live.revealed)
      delete tally.correct
    live.cache[key] = tally
    return tally
  }

  private count(live: LivePoll, withHidden: boolean): Tally {
    const blocklist = this.options.blocklist ?? new Set<string>()
    const hidden = (key: string) => live.hiddenWords.has(key) || (!live.shownWords.has(key) && isBlocked(key, blocklist))
    return live.running.result(hidden, withHidden)
  }

  /** Current answers (of round 2 once it started), for the results export. */
  answers(id: string): { participant: string, answer: Answer, at: string }[] {
    return listAnswers(this.polls.get(id)!.answers)
  }

  /** Round 1's answers once round 2 has started, else none. */
  firstRoundAnswers(id: string): { participant: string, answer: Answer, at: string }[] {
    return listAnswers(this.polls.get(id)!.firstRound)
  }

  async close(): Promise<void> {
    await this.log.close()
  }

  private async commit(record: LogRecord): Promise<number> {
    await this.log.append(record)
    this.apply(record)
    const seq = this.seq
    this.listeners.forEach(listener => listener(record.poll))
    return seq
  }

  /** Reset keeps the votes: they stay in the log and are also written out as one archive file. */
  private archive(id: string): void {
    const live = this.polls.get(id)!
    if (live.answers.size === 0 && live.firstRound.size === 0)
      return
    const dir = join(this.options.resultsDir, 'archive')
    mkdirSync(dir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    writeFileSync(join(dir, `${id}-round-${live.round + 1}-${stamp}.json`), `${JSON.stringify({
      poll: live.declared.poll,
      round: live.round + 1,
      tally: this.tally(id),
      answers: this.answers(id),
      ...(live.stage === 2
        ? { firstRound: this.firstRoundAnswers(id) }
        : {}),
    }, null, 2)}\n`)
  }

  private apply(record: LogRecord): void {
    const live = this.polls.get(record.poll)
    // Records of polls no longer in the deck stay in the log but have nothing to apply to.
    if (!live)
      return
    this.seq++
    live.cache = {}
    switch (record.type) {
      case 'vote': {
        const previous = live.answers.get(record.participant)
        if (previous)
          live.running.remove(previous.answer)
        live.running.add(record.answer)
        live.answers.set(record.participant, { answer: record.answer, at: record.at })
        break
      }
      case 'open':
        live.state = 'open'
        break
      case 'close':
        live.state = 'closed'
        break
      case 'reveal':
        live.revealed = true
        break
      case 'hide':
        live.revealed = false
        break
      case 'reset':
        live.answers.clear()
        live.running = new RunningTally(live.declared.poll)
        live.hiddenWords.clear()
        live.shownWords.clear()
        live.revealed = false
        live.round++
        live.stage = 1
        live.firstRound = new Map()
        break
      case 'round-2':
        // Round 1 is kept apart; the room answers again from scratch, with results hidden.
        if (live.stage === 2)
          break
        live.firstRound = live.answers
        live.answers = new Map()
        live.running = new RunningTally(live.declared.poll)
        live.stage = 2
        live.revealed = false
        live.state = 'open'
        break
      case 'hide-word':
        live.hiddenWords.add(record.key)
        live.shownWords.delete(record.key)
        break
      case 'show-word':
        live.hiddenWords.delete(record.key)
        live.shownWords.add(record.key)
        break
    }
  }
}

function listAnswers(answers: StoredAnswers): { participant: string, answer: Answer, at: string }[] {
  return [...answers].map(([participant, v]) => ({ participant, ...v }))
}

function answerMap(answers: StoredAnswers): Map<string, Answer> {
  return new Map([...answers].map(([participant, v]) => [participant, v.answer]))
}

function describeDamage(path: string, report: LogReport<unknown>): string[] {
  const lines: string[] = []
  if (report.damaged.length) {
    const shown = report.damaged.slice(0, 10).join(', ')
    const more = report.damaged.length > 10 ? ` and ${report.damaged.length - 10} more` : ''
    lines.push(`Vote log ${path}: ${report.damaged.length} damaged ${report.damaged.length === 1 ? 'line' : 'lines'} skipped (line ${shown}${more}); results may be incomplete.`)
  }
  if (report.tornTail)
    lines.push(`Vote log ${path}: the last line was cut off while it was being written (a crash); it was never acknowledged and was removed.`)
  if (report.copy)
    lines.push(`The log's original bytes are kept in ${report.copy}.`)
  return lines
}

/** A quiz as phones see it before the reveal: the same, minus which option is correct. */
function withoutAnswer(poll: Poll): PollView {
  if (poll.kind !== 'quiz')
    return poll
  const { correct: _hidden, ...rest } = poll
  return rest
}
