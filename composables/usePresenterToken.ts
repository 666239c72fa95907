/**
 * The presenter's poll token, taken from `?poll-token=` in the presenter URL the terminal prints
 * and kept in this browser's localStorage, so the slide and presenter windows of the presenter's
 * machine can act on polls. Nothing else ever holds it.
 */
const KEY = 'workshop-poll-token'

export function presenterToken(): string | null {
  if (typeof window === 'undefined')
    return null
  const fromUrl = new URLSearchParams(window.location.search).get('poll-token')
  if (fromUrl)
    window.localStorage.setItem(KEY, fromUrl)
  return fromUrl ?? window.localStorage.getItem(KEY)
}
