/** Ends a command with one sentence for the user instead of a stack trace. */
import process from 'node:process'

export function exitWith(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

/** The sentence for a server that cannot listen, or undefined for errors we have no advice for. */
export function listenErrorMessage(error: NodeJS.ErrnoException, host: string, port: number): string | undefined {
  if (error.code === 'EADDRINUSE')
    return `Port ${port} is already in use on ${host}: stop the program using it or choose another with --port <port>.`
  if (error.code === 'EACCES')
    return `Port ${port} needs administrator rights on this system: choose a port of 1024 or more with --port <port>.`
  if (error.code === 'EADDRNOTAVAIL')
    return `This machine has no address ${host}: use --host 0.0.0.0 (every network) or one of its own addresses.`
  return undefined
}

/** A failure the user can fix: its message is the one sentence to print, no stack trace. */
export class CommandError extends Error {
  override name = 'CommandError'
}
