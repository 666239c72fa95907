import type { ShallowRef } from 'vue'
/**
 * The room's questions for the deck: follows the `questions` event of the poll stream and sends
 * the presenter's moderation. The presenter's connection receives the whole queue; the slide
 * decides what may be projected.
 */
import type { ModerationAction, QaSettings, QaSnapshot } from '../core/questions/questions'
import { shallowRef } from 'vue'
import { onStreamEvent, post, usePollServer } from './usePollServer'
import { presenterToken } from './usePresenterToken'

export interface UseQuestionsReturn {
  /** Latest questions (null until the server has sent them, or without a server). */
  snapshot: Readonly<ShallowRef<QaSnapshot | null>>
  moderate: (id: string, action: ModerationAction) => Promise<string | null>
  configure: (settings: Partial<QaSettings>) => Promise<string | null>
}

const snapshot = shallowRef<QaSnapshot | null>(null)
let started = false

export function useQuestions(): UseQuestionsReturn {
  usePollServer()
  if (!started && typeof window !== 'undefined') {
    started = true
    onStreamEvent('questions', data => snapshot.value = data)
    // The stream may have sent its first frame before this slide mounted (and the export view
    // has no stream): one request fills the gap; later frames replace it.
    const token = presenterToken()
    fetch('/api/questions', { headers: token ? { Authorization: `Bearer ${token}` } : {} })
      .then(res => res.ok && res.headers.get('content-type')?.includes('json') ? res.json() as Promise<QaSnapshot> : null)
      .then(data => data && !snapshot.value && (snapshot.value = data), () => {})
  }
  return {
    snapshot,
    moderate: (id, action) => post(`/api/questions/${encodeURIComponent(id)}/${action}`),
    configure: settings => post('/api/questions/settings', settings),
  }
}
