/**
 * Where a following deck window goes (composables/useLeadingWindow.ts): to the slide and click
 * the shared navigation state holds, once some window has driven it.
 */

export interface DeckPosition {
  page: number
  clicks: number
}

export interface SharedNavigation extends DeckPosition {
  /** Set by the first window that writes; absent while nobody has driven the deck. */
  lastUpdate?: { id: string }
}

/** The position to go to, or null when this window is already there or nobody has driven yet. */
export function followTarget(shared: SharedNavigation, here: DeckPosition): DeckPosition | null {
  if (!shared.lastUpdate)
    return null
  const page = Number(shared.page)
  const clicks = Number(shared.clicks) || 0
  if (!Number.isInteger(page) || page < 1)
    return null
  return page === here.page && clicks === here.clicks ? null : { page, clicks }
}
