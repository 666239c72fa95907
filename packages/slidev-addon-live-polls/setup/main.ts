import { defineAppSetup } from '@slidev/types'
import { useIdleCursor } from '../composables/useIdleCursor'
import { reportSlide, usePollServer } from '../composables/usePollServer'
import { takeTokenFromQuery } from '../composables/usePresenterToken'

export default defineAppSetup(({ router }) => {
  // The token leaves the address bar (and so the history and the projector) on the first
  // navigation; this tab keeps it. Slidev copies the query into every later slide's URL otherwise.
  router.beforeEach((to) => {
    const query = takeTokenFromQuery(to.query)
    if (query)
      return { path: to.path, query, hash: to.hash, replace: true }
  })
  // The presenter's slide changes drive /join: participants see the poll of the current slide.
  usePollServer()
  router.afterEach(to => reportSlide(to.path))
  // On the projector the pointer disappears when it is not being used.
  useIdleCursor({ applies: () => !router.currentRoute.value.path.startsWith('/presenter') })
})
