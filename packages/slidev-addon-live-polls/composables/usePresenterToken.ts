/**
 * The presenter's poll token, taken from `?poll-token=` in the presenter or projector URL the
 * terminal prints, kept in this tab's sessionStorage (so a reload keeps it) and nowhere else: no
 * other tab or window of the browser, and no page of another origin, can read it. It leaves the
 * address bar on the first navigation (setup/main.ts), so it is not in the history or on the
 * projector.
 */
const KEY = 'poll-presenter-token'
export const TOKEN_PARAM = 'poll-token'

function keep(token: unknown): void {
  if (typeof token === 'string' && token)
    window.sessionStorage.setItem(KEY, token)
}

export function presenterToken(): string | null {
  if (typeof window === 'undefined')
    return null
  keep(new URLSearchParams(window.location.search).get(TOKEN_PARAM))
  return window.sessionStorage.getItem(KEY)
}

/** Keeps a token the route carries and returns the query without it, or null when it carried none. */
export function takeTokenFromQuery<Q extends Record<string, unknown>>(query: Q): Omit<Q, typeof TOKEN_PARAM> | null {
  if (!(TOKEN_PARAM in query))
    return null
  presenterToken()
  keep(query[TOKEN_PARAM])
  const { [TOKEN_PARAM]: _token, ...rest } = query
  return rest
}
