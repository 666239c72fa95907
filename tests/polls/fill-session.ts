/**
 * Fills a running poll server with a whole session's results, through its HTTP API as phones and
 * the presenter would: `participants` phones answer every poll of the deck (both rounds of a
 * two-round quiz, the before and after of every compared poll, a full word cloud), ask questions
 * and upvote them; the presenter closes and reveals every poll and moderates the questions.
 * Answers are spread unevenly but deterministically, so screens and pages show real shapes.
 */
import type { Participant, RunningServer } from './poll-server.ts'
import { deckPolls } from './deck-polls.ts'
import { newParticipant, presenterPost } from './poll-server.ts'

export interface FillOptions {
  participants?: number
  questions?: number
}

export interface FilledSession {
  votes: number
  questions: number
}

// Words a room gives for "open-source AI", most frequent first (a long tail, some long words).
const WORDS = ['Freedom', 'Transparency', 'Risky', 'Free', 'Community', 'Llama', 'Innovation', 'Control', 'Sharing', 'Trust', 'Chaos', 'Hackable', 'Cheap', 'Research', 'Local', 'Privacy', 'Weights', 'Collaboration', 'Unregulated', 'Democratic', 'Future', 'Scary', 'Linux', 'Remix', 'Accountability', 'Hype', 'Power', 'Competition', 'Openness', 'Independence']

const QUESTIONS = [
  'Is Llama open source or not, in one sentence?',
  'Can my school use an open-weights model on its own laptops without sending data away?',
  'Who is liable when an open model is misused?',
  'Does the EU AI Act treat open models more lightly?',
  'How do I check a model licence before we adopt it?',
  'Are closed models safer, or just less visible?',
  'What does "open weights" leave out?',
  'Which open models are good enough for translation work?',
  'Can we fine-tune a model and keep the result private?',
  'Will the big labs keep releasing open models?',
  'How much does it cost to run a model locally?',
  'Is training data ever fully published?',
]

/** A deterministic share of answers: option i gets weight `weights[i]`. */
function spread<T>(items: readonly T[], count: number, weights: readonly number[]): T[] {
  const total = weights.reduce((a, b) => a + b, 0)
  const out: T[] = []
  let acc = 0
  for (let i = 0; i < count; i++) {
    // The i-th voter's position along the cumulative weights (golden-ratio stride: no runs).
    acc = (acc + 0.618_034) % 1
    let point = acc * total
    let k = 0
    while (k < items.length - 1 && point >= (weights[k] ?? 0)) {
      point -= weights[k] ?? 0
      k++
    }
    out.push(items[k]!)
  }
  return out
}

async function ok(res: Promise<Response>, what: string): Promise<void> {
  const r = await res
  if (!r.ok)
    throw new Error(`${what}: ${r.status} ${await r.text()}`)
}

/** A participant's request, waiting out the per-participant rate limit a fast fill runs into. */
async function patiently(send: () => Promise<Response>, what: string): Promise<Response> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = await send()
    if (r.ok)
      return r
    if (r.status !== 429)
      throw new Error(`${what}: ${r.status} ${await r.text()}`)
    await new Promise(resolve => setTimeout(resolve, 1000))
  }
  throw new Error(`${what}: still rate-limited`)
}

async function vote(p: Participant, poll: string, answer: unknown): Promise<void> {
  await patiently(() => p.vote(poll, answer), `vote in ${poll}`)
}

async function voteAll(phones: Participant[], poll: string, answers: unknown[]): Promise<number> {
  // A few at a time, as a room does; each phone's own votes stay in order.
  for (let i = 0; i < phones.length; i += 20)
    await Promise.all(phones.slice(i, i + 20).map((p, j) => vote(p, poll, answers[i + j])))
  return phones.length
}

export async function fillSession(server: RunningServer, { participants = 120, questions = 10 }: FillOptions = {}): Promise<FilledSession> {
  const phones: Participant[] = []
  for (let i = 0; i < participants; i++)
    phones.push(await newParticipant(server))
  let votes = 0
  for (const { poll } of await deckPolls()) {
    await ok(presenterPost(server, `/api/polls/${poll.id}/open`), `open ${poll.id}`)
    // The "after" of a compared poll leans further towards the informed answers.
    const later = !!poll.compareWith
    if (poll.kind === 'wordcloud') {
      const words = spread(WORDS, phones.length, WORDS.map((_, i) => 1 / (i + 1) ** 0.9))
      votes += await voteAll(phones, poll.id, words.map(w => [w]))
    }
    else if (poll.kind === 'scale') {
      const weights = later ? [3, 5, 4, 9, 6] : [5, 8, 7, 6, 3]
      votes += await voteAll(phones, poll.id, spread([1, 2, 3, 4, 5], phones.length, weights))
    }
    else {
      const ids = poll.options.map(o => o.id)
      const correct = poll.kind === 'quiz' ? ids.indexOf(poll.correct) : 0
      const weights = ids.map((_, i) => i === correct ? (later ? 8 : 4) : 3 - i * 0.5)
      const pick = (w: number[]) => spread(ids, phones.length, w).map(id => poll.kind === 'multiple' ? [id] : id)
      votes += await voteAll(phones, poll.id, pick(weights))
      if (poll.rounds === 2) {
        await ok(presenterPost(server, `/api/polls/${poll.id}/close`), `close ${poll.id}`)
        await ok(presenterPost(server, `/api/polls/${poll.id}/round-2`), `round 2 of ${poll.id}`)
        votes += await voteAll(phones, poll.id, pick(ids.map((_, i) => i === correct ? 10 : 2)))
      }
    }
    await ok(presenterPost(server, `/api/polls/${poll.id}/close`), `close ${poll.id}`)
    await ok(presenterPost(server, `/api/polls/${poll.id}/reveal`), `reveal ${poll.id}`)
  }
  // Questions: asked, approved, upvoted unevenly; one pinned, two answered.
  const ids: string[] = []
  for (let i = 0; i < questions; i++) {
    const res = await patiently(() => phones[i % phones.length]!.post('/api/questions', { text: QUESTIONS[i % QUESTIONS.length] }), 'ask')
    const { id } = await res.json() as { id: string }
    ids.push(id)
    await ok(presenterPost(server, `/api/questions/${id}/approve`), 'approve')
  }
  for (const [i, id] of ids.entries()) {
    const voters = phones.slice(i * 7, i * 7 + Math.max(1, Math.round(40 / (i + 1))))
    await Promise.all(voters.map(p => patiently(() => p.post(`/api/questions/${id}/votes`, { up: true }), 'upvote')))
  }
  if (ids.length > 2) {
    await ok(presenterPost(server, `/api/questions/${ids[1]}/pin`), 'pin')
    await ok(presenterPost(server, `/api/questions/${ids[0]}/answer`), 'answer')
    await ok(presenterPost(server, `/api/questions/${ids[2]}/answer`), 'answer')
  }
  return { votes, questions: ids.length }
}
