/**
 * Moves the deck when the phone remote asks: the poll server relays `navigate` to the deck windows
 * holding the token, and the deck steps as the arrow keys would (clicks included). The presenter
 * view and the projected window of one browser both hear it; the first to claim the request's id
 * in localStorage takes the lead (useLeadingWindow) and moves, and the other follows it.
 */
import { useNav } from '@slidev/client'
import { takeTheLead } from './useLeadingWindow'
import { onStreamEvent } from './usePollServer'

const CLAIM_KEY = 'workshop-remote-claim'
let started = false

export function useRemoteNavigation(): void {
  if (started || typeof window === 'undefined')
    return
  started = true
  const nav = useNav()
  onStreamEvent('navigate', ({ to, id }) => {
    if (window.localStorage.getItem(CLAIM_KEY) === id)
      return
    window.localStorage.setItem(CLAIM_KEY, id)
    takeTheLead()
    void (to === 'next' ? nav.next() : nav.prev())
  })
}
