/**
 * Puts the room's questions on the live stream: presenters get each change at once, participants
 * the public list at most every 250 ms, built once for all of them (an upvote storm from 300
 * phones costs a few frames, not 300 lists per vote).
 */
import type { LiveStream } from './live-stream.ts'
import type { QaStore } from './qa-store.ts'
import { format } from './live-stream.ts'

const PARTICIPANT_INTERVAL_MS = 250

export function feedQuestions(qa: QaStore, stream: LiveStream): () => void {
  let presenterTimer: NodeJS.Immediate | undefined
  let participantTimer: NodeJS.Timeout | undefined
  stream.addGreeting(view => format('questions', qa.book.view(view.presenter, view.participant)))
  const stop = qa.onChange(() => {
    presenterTimer ??= setImmediate(() => {
      presenterTimer = undefined
      stream.broadcastTo(true, format('questions', qa.book.view(true)))
    })
    participantTimer ??= setTimeout(() => {
      participantTimer = undefined
      stream.broadcastTo(false, format('questions', qa.book.view(false)))
    }, PARTICIPANT_INTERVAL_MS)
  })
  return () => {
    stop()
    clearImmediate(presenterTimer)
    clearTimeout(participantTimer)
  }
}
