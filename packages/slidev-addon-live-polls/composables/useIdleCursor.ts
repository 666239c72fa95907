/**
 * Hides the mouse pointer over the projected slide after a moment of stillness, and shows it
 * again on the next move. The presenter view keeps its pointer (the presenter is using it).
 * The hiding itself is CSS: `html.cursor-idle` in styles/theme.css.
 */
export interface UseIdleCursorOptions {
  /** Stillness before the pointer hides, in ms. */
  idleMs?: number
  /** Whether the current page is one where the pointer may hide. */
  applies?: () => boolean
}

export function useIdleCursor({ idleMs = 2000, applies = () => true }: UseIdleCursorOptions = {}): () => void {
  if (typeof window === 'undefined')
    return () => {}
  const root = document.documentElement
  let timer: ReturnType<typeof setTimeout> | undefined
  const wake = () => {
    root.classList.remove('cursor-idle')
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (applies())
        root.classList.add('cursor-idle')
    }, idleMs)
  }
  const events = ['mousemove', 'mousedown', 'wheel'] as const
  events.forEach(name => window.addEventListener(name, wake, { passive: true }))
  wake()
  return () => {
    clearTimeout(timer)
    root.classList.remove('cursor-idle')
    events.forEach(name => window.removeEventListener(name, wake))
  }
}
