import type { ShallowRef } from 'vue'
/**
 * The room's pace for the presenter's machine: the last minute's reactions, per-slide counts, and
 * reactions to float up the projected slide while that is turned on.
 */
import type { PaceSnapshot, ReactionId } from '../core/reactions/reactions'
import { shallowRef } from 'vue'
import { onStreamEvent, post, usePollServer } from './usePollServer'
import { presenterToken } from './usePresenterToken'

export interface FloatingReaction {
  id: number
  kind: ReactionId
  /** Horizontal start, 0-1, so a burst spreads out. */
  x: number
}

export interface UseReactionsReturn {
  pace: Readonly<ShallowRef<PaceSnapshot | null>>
  /** Reactions floating up now (only while the presenter has floating on). */
  floating: Readonly<ShallowRef<FloatingReaction[]>>
  setFloating: (on: boolean) => Promise<string | null>
}

const FLOAT_MS = 4_000
const pace = shallowRef<PaceSnapshot | null>(null)
const floating = shallowRef<FloatingReaction[]>([])
let started = false
let next = 0

export function useReactions(): UseReactionsReturn {
  const server = usePollServer()
  if (!started && typeof window !== 'undefined' && server.isPresenter && !server.printing) {
    started = true
    onStreamEvent('pace', data => pace.value = data)
    onStreamEvent('reaction', ({ kind }) => {
      // A burst from a full room stays a handful of shapes on the slide.
      if (floating.value.length >= 24)
        return
      const item = { id: next++, kind, x: Math.random() }
      floating.value = [...floating.value, item]
      window.setTimeout(() => floating.value = floating.value.filter(f => f.id !== item.id), FLOAT_MS)
    })
    fetch('/api/reactions', { headers: { Authorization: `Bearer ${presenterToken() ?? ''}` } })
      .then(res => res.ok && res.headers.get('content-type')?.includes('json') ? res.json() as Promise<PaceSnapshot> : null)
      .then(data => data && !pace.value && (pace.value = data), () => {})
  }
  return {
    pace,
    floating,
    setFloating: on => post('/api/reactions/settings', { floating: on }),
  }
}
