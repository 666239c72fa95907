/**
 * One deck window leads, the others follow: the presenter can drive from the presenter view or
 * from the projector window, and both stay on the same slide.
 *
 * Why: Slidev keeps one shared navigation state (`sharedState`: page and clicks, written whole,
 * last writer wins) and lets every window on this laptop write it, the presenter view as
 * "presenter" and the projector window as "viewer", each obeying the other type's writes. A window
 * that follows writes its arrival too ("I am on slide 3"); when the presenter has pressed again in
 * the meantime, that late write reaches the driving window as an order from the other type: the
 * slide jumps back, and fast presses are lost.
 *
 * Here Slidev's own writing and obeying are switched off (its Sync menu's switches) and done
 * instead as follows. The leading window is the one the presenter last pressed a key, clicked,
 * touched or scrolled in (or the one that took the phone remote's request: `takeTheLead`); only
 * it writes, once per move of its own, signed with its id. Every other window, on this laptop or in
 * the room with `--share-deck`, goes wherever the state says. A write signed by another window
 * means another window leads now, even before the storage event saying so arrives (a busy window
 * may handle both late, in any order). A write signed by this window that shows another position
 * is a follower's stale echo (Slidev's pointer sharing writes the whole state): the leader writes
 * its position again.
 */
import { sharedState, useNav } from '@slidev/client'
import { TRUST_ORIGINS } from '@slidev/client/constants.ts'
import { syncDirections } from '@slidev/client/state/storage.ts'
import { watch } from 'vue'
import { followTarget } from '../core/remote/lead.ts'

/** Which window leads, by its id; localStorage, so every window of the origin hears a change. */
const LEAD_KEY = 'workshop-deck-lead'
/** Input that means "the presenter is driving this window". */
const DRIVING_INPUT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const

const windowId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
let leading = false
let takeLead: () => void = () => {}

/** Makes this window the leader before it moves for the phone remote. */
export function takeTheLead(): void {
  takeLead()
}

export function useLeadingWindow(): void {
  if (typeof window === 'undefined')
    return
  const { currentSlideNo, clicks, clicksTotal, go, hasPrimarySlide, isPresenter, isPrintMode, router } = useNav()
  // As Slidev's own rule for writing: the presenter view, or any window on the presenter's machine.
  const mayLead = () => isPresenter.value || TRUST_ORIGINS.includes(window.location.hostname)
  const here = () => ({ page: currentSlideNo.value, clicks: clicks.value })

  syncDirections.value = { presenterSend: false, viewerSend: false, presenterReceive: false, viewerReceive: false }

  function write(): void {
    sharedState.page = currentSlideNo.value
    sharedState.clicks = clicks.value
    sharedState.clicksTotal = clicksTotal.value
    sharedState.lastUpdate = { id: windowId, type: isPresenter.value ? 'presenter' : 'viewer', time: Date.now() }
  }

  function follow(): void {
    if (leading || !hasPrimarySlide.value || isPrintMode.value)
      return
    const target = followTarget(sharedState, here())
    if (target)
      void go(target.page, target.clicks)
  }

  function onSharedChange(): void {
    const writer = sharedState.lastUpdate?.id
    if (leading && writer === windowId) {
      if (followTarget(sharedState, here()))
        write()
      return
    }
    if (writer && writer !== windowId)
      leading = false
    follow()
  }

  watch(() => [sharedState.page, sharedState.clicks, sharedState.lastUpdate?.id, sharedState.lastUpdate?.time], onSharedChange)
  // The leader's own moves (keys, clicks, the remote), written once each.
  watch([currentSlideNo, clicks], () => {
    if (leading && hasPrimarySlide.value && !isPrintMode.value)
      write()
  })
  // A window opened or reloaded mid-session (or reloaded by the dev server) joins the others.
  void router.isReady().then(follow)

  takeLead = () => {
    if (leading || !mayLead())
      return
    leading = true
    window.localStorage.setItem(LEAD_KEY, windowId)
  }
  // Capture: this window leads before Slidev's own key handling moves it.
  for (const type of DRIVING_INPUT)
    window.addEventListener(type, takeLead, { capture: true, passive: true })
  window.addEventListener('storage', (event) => {
    if (event.key === LEAD_KEY && event.newValue !== windowId && leading) {
      leading = false
      follow()
    }
  })
}
