/**
 * Who reaches what (README "Security on the LAN"). Every request passes these rules in order, on
 * `npm run serve` and inside Slidev (`npm run workshop`, `dev`, `export`) alike:
 *
 * 1. One plain path (path-shape.ts), asked for by one of this server's own names (allowed-hosts.ts).
 * 2. Never served to anyone: the results folder (by its real location, whatever it is called) and
 *    exports/ (the facilitator guide and the session report are printed there).
 * 3. Same origin (same-origin.ts): a request that changes anything, and any request to Slidev's
 *    editor and file-writing routes, must come from a page of this server (or from no browser at
 *    all). Scripts on other sites get nothing from the poll API either (a cross-site GET would still
 *    cost a live stream or a participant id), and API posts must be JSON, which a page on another
 *    origin cannot send without asking first.
 * 4. In workshop mode Slidev's editor and file-writing routes are off for everyone: a workshop
 *    never edits slides from a browser. `npm run dev` keeps them for the author, on loopback.
 * 5. The presenter's machine reaches the rest. Another address (a phone) reaches /join, /remote's
 *    page and the participant API; with the token in the Authorization header also the phone
 *    remote's API; with --share-deck also the deck, but never Slidev's endpoints, the vote log or
 *    the facilitator guide.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Handler } from '../http-api.ts'
import type { HostCheck } from './allowed-hosts.ts'
import { join, sep } from 'node:path'
import process from 'node:process'
import { isApiPath, isParticipantPath, isRemoteApiPath } from '../http-api.ts'
import { bearerToken, tokenMatches } from '../presenter-token.ts'
import { refuse } from '../refusal.ts'
import { readPath } from './path-shape.ts'
import { isNavigation, provenance } from './same-origin.ts'

/** Which server runs the gate: the built deck, Slidev for the room, or Slidev for the author. */
export type GateMode = 'serve' | 'workshop' | 'dev'

export interface GateOptions {
  mode: GateMode
  isPresenterMachine: (req: IncomingMessage) => boolean
  /** Serve the deck (and, in workshop mode, its sources) to every address. */
  shareDeck: boolean
  /** The presenter's token: with it in the Authorization header, another address reaches the remote's API. */
  token: string
  hosts: HostCheck
  /** The folder URL paths are files of (Vite's root, or the built deck). */
  root: string
  /** Folders served to nobody (absolute): the results folder and the deck's `livePolls.private`. */
  privateFolders: string[]
  /** URL path prefixes only the presenter's machine reaches, deck shared or not (`livePolls.presenterOnly`). */
  presenterOnly?: readonly string[]
}

/** Slidev's and Vite's routes that write slide files, open an editor or serve MCP. Matched without case, as connect does. */
const EDITOR_ROUTES = [/^\/__slidev\//i, /^\/__open-in-editor/i, /^\/__mcp(?:\/|$)/i, /^\/__inspect/i]
/** The one editor route a workshop keeps: the presenter view reads each slide's notes through it. */
const SLIDE_INFO = /^\/__slidev\/slides\/\d+\.json$/
/** Slidev's shared state: the keys its client posts (navigation, drawings, snapshots), nothing else. */
const SHARED_STATE = /^\/@server-(?:reactive|ref)\//i
const SHARED_STATE_KEYS = /^\/@server-(?:reactive|ref)\/(?:nav|drawings|snapshots)$/
// Never for other addresses, deck shared or not.
const PRESENTER_ONLY = [...EDITOR_ROUTES, /\/results\//]
const CASE_BLIND_FILES = process.platform === 'darwin' || process.platform === 'win32'

export function accessGate(options: GateOptions): Handler {
  const privateFolders = options.privateFolders.map(fold)
  // Matched without case, as connect matches its routes.
  const declared = (options.presenterOnly ?? []).map(prefix => prefix.toLowerCase())
  const deckPresenterOnly = (path: string) => declared.some(prefix => path.toLowerCase().startsWith(prefix))
  /** The file a URL path names in Vite or sirv (`/@fs/` takes an absolute path), for the private-folder rule. */
  const isPrivateFile = (path: string): boolean => {
    const file = fold(path.startsWith('/@fs/') ? path.slice(4) : join(options.root, path))
    return privateFolders.some(dir => file === dir || file.startsWith(dir + sep))
  }

  return (req, res, next) => {
    const shape = readPath(req.url)
    if (!shape.ok)
      return refuseWith(res, 400, 'Bad address', `${capitalise(shape.problem)}.`, req.url ?? '/')
    const { path } = shape
    if (!options.hosts.allows(req.headers.host))
      return refuseWith(res, 421, 'Wrong address', 'This server answers only at the addresses it prints (and on loopback): open the join address shown on the projector.', path)
    const api = isApiPath(path)
    // The poll API's paths are not files; every other path may be one (Vite and sirv serve files).
    if (!api && isPrivateFile(path))
      return refuseWith(res, 404, 'Not here', 'The results and the printed guides are not served: they stay on the presenter\'s machine.', path)

    const changes = req.method !== 'GET' && req.method !== 'HEAD'
    const editor = EDITOR_ROUTES.some(re => re.test(path))
    const from = provenance(req)
    if ((changes || editor) && from === 'cross-origin')
      return refuseWith(res, 403, 'Refused', 'A page of another site or address cannot change anything here.', path)
    if (editor && options.mode === 'workshop' && !(req.method === 'GET' && SLIDE_INFO.test(path)))
      return refuseWith(res, 403, 'Editing is off', 'Slidev\'s editor and file-writing routes are off in workshop mode; edit the slides with npm run dev.', path)
    if (changes && SHARED_STATE.test(path) && !SHARED_STATE_KEYS.test(path))
      return refuseWith(res, 403, 'Refused', 'Not a shared state of this deck.', path)
    if (api) {
      // A link or a QR code from anywhere may open /join or /remote; another site's scripts may not.
      if (from === 'cross-origin' && !(isNavigation(req) && !path.startsWith('/api')))
        return refuseWith(res, 403, 'Refused', 'A page of another site or address cannot use the poll server.', path)
      if (req.method === 'POST' && !isJson(req))
        return refuseWith(res, 415, 'Send JSON', 'Send the body as JSON (Content-Type: application/json).', path)
    }

    if (options.isPresenterMachine(req) || isParticipantPath(path))
      return next()
    // The presenter's phone remote: the header only, never the URL (the routes check it again).
    if (isRemoteApiPath(path) && tokenMatches(options.token, bearerToken(req)))
      return next()
    const presenterOnly = PRESENTER_ONLY.some(re => re.test(path)) || deckPresenterOnly(path) || (changes && SHARED_STATE.test(path))
    if (presenterOnly || api)
      return refuseWith(res, 403, 'Only on the presenter\'s machine', 'This part of the workshop server answers on the presenter\'s machine only.', path)
    if (!options.shareDeck)
      return refuseWith(res, 403, 'Join the poll', 'This address serves the live poll only: the slides are on the projector.', path)
    next()
  }
}

/**
 * For a websocket upgrade (Vite's: hot updates and Slidev's shared state): the same path, host and
 * origin rules, and only from the presenter's machine unless the deck is shared. Null: let it through.
 */
export function upgradeRefusal(options: GateOptions, req: IncomingMessage): string | null {
  const shape = readPath(req.url)
  if (!shape.ok)
    return '400 Bad Request'
  if (!options.hosts.allows(req.headers.host))
    return '421 Misdirected Request'
  // A websocket is not held to CORS: without this check any page could open one.
  if (provenance(req) === 'cross-origin')
    return '403 Forbidden'
  if (!options.shareDeck && !options.isPresenterMachine(req))
    return '403 Forbidden'
  return null
}

function isJson(req: IncomingMessage): boolean {
  return /^application\/json\s*(?:;|$)/i.test(req.headers['content-type'] ?? '')
}

function fold(path: string): string {
  return CASE_BLIND_FILES ? path.toLowerCase() : path
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function refuseWith(res: ServerResponse, status: number, title: string, text: string, path: string): void {
  refuse(res, { status, title, text }, { json: path.startsWith('/api/') })
}
