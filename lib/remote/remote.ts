/** What the presenter's phone remote (/remote) reads and sends; shared by the server and the page. */
import type { PollSnapshot } from '../polls/protocol.ts'
import type { QaSnapshot } from '../qa/questions.ts'

export interface RemoteSlide {
  no: number
  title: string
  /** Presenter notes as written (Markdown), empty when the slide has none. */
  notes: string
  /** Planned minutes (frontmatter `minutes:`). */
  minutes: number
}

/** `GET /api/remote`: everything the remote shows, in one request. */
export interface RemoteState {
  /** The presenter's slide, null before the deck has reported one. */
  slide: RemoteSlide | null
  total: number
  /** When the deck first reported a slide (ISO time), for the remote's clock. */
  startedAt: string | null
  /** Deck windows with the token connected now: navigation needs one. */
  decks: number
  /** The poll on the current slide, with the presenter's view of it. */
  poll: PollSnapshot | null
  questions: QaSnapshot
}

export type RemoteMove = 'next' | 'prev'

/** The `navigate` stream event: the deck moves as the arrow keys would. `id` lets windows of one browser act once. */
export interface RemoteNavigate {
  to: RemoteMove
  id: string
}
