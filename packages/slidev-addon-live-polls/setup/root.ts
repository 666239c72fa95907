import { defineRootSetup } from '@slidev/types'
import { useLeadingWindow } from '../composables/useLeadingWindow'

// Runs before Slidev's own navigation sync starts, so its send and receive switches are set first.
export default defineRootSetup(() => {
  useLeadingWindow()
})
