import { defineAppSetup } from '@slidev/types'
import { useIdleCursor } from '../composables/useIdleCursor'
import { reportSlide, usePollServer } from '../composables/usePollServer'

export default defineAppSetup(({ router }) => {
  // The presenter's slide changes drive /join: participants see the poll of the current slide.
  usePollServer()
  router.afterEach(to => reportSlide(to.path))
  // On the projector the pointer disappears when it is not being used.
  useIdleCursor({ applies: () => !router.currentRoute.value.path.startsWith('/presenter') })
})
