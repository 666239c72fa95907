/**
 * Every way of stopping a command (Ctrl-C, SIGTERM, a closed terminal's SIGHUP) runs the same
 * clean stop: children stopped, the vote log flushed and closed, then exit.
 */
import process from 'node:process'

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

export function onStop(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      if (stopping)
        return
      stopping = true
      stop(signal).then(() => process.exit(0), (error: Error) => {
        console.error(`Stopped with an error: ${error.message}`)
        process.exit(1)
      })
    })
  }
}
