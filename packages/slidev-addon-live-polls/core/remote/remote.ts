/** What the presenter's phone remote (/remote) reads and sends: declared in the wire contract. */
export type { NavigateRequest, RemoteMove, RemoteNavigate, RemoteSlide, RemoteState } from '../polls/protocol.ts'
