import { defineAppSetup } from '@slidev/types'
import { reportSlide, usePollServer } from '../composables/usePollServer'

// The presenter's slide changes drive /join: participants see the poll of the current slide.
export default defineAppSetup(({ router }) => {
  usePollServer()
  router.afterEach(to => reportSlide(to.path))
})
