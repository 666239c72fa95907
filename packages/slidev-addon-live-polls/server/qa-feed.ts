/**
 * Puts the room's questions on the live stream: presenters get each change at once, participants
 * the public list at most every 250 ms, built once for all of them (an upvote storm from 300
 * phones costs a few frames, not 300 lists per vote).
 */
import type { LiveStream } from './live-stream.ts'
import type { QaStore } from './qa-store.ts'
import { format } from './live-stream.ts'
import { Pacer } from './stream-pacing.ts'

export function feedQuestions(qa: QaStore, stream: LiveStream): () => void {
  const presenters = new Pacer(() => stream.broadcastTo(true, format('questions', qa.book.view(true))))
  const participants = new Pacer(() => stream.broadcastTo(false, format('questions', qa.book.view(false))), { maxWaitMs: 250 })
  stream.addGreeting(view => format('questions', qa.book.view(view.presenter, view.participant)))
  const stop = qa.onChange(() => {
    presenters.changed()
    participants.changed()
  })
  return () => {
    stop()
    presenters.stop()
    participants.stop()
  }
}
