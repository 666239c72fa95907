/**
 * `npm run serve` and `npm run workshop` started as a facilitator starts them: the banner printed
 * (POLLS_QUIET unset), real signals to stop them. The server is on loopback, on a port of the
 * test's own, with its own results folder and the test's presenter token.
 */
import type { ChildProcess } from 'node:child_process'
import type { RunningServer } from '../polls/poll-server.ts'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { npmScript } from '../../scripts/lib/npm-script.ts'
import { DIST, freePort, newResultsDir, TOKEN, waitForOwnServer } from '../polls/poll-server.ts'

export type Command = 'serve' | 'workshop'

export interface FacilitatorCommand extends RunningServer {
  /** Sends `signal` to the command and resolves to its exit code. */
  stopWith: (signal: NodeJS.Signals) => Promise<number | null>
}

/** Starts `npm run <command>` with the test's own port, results and room; `dist` replaces serve's built deck. */
export async function startCommand(command: Command, args: string[] = [], dist = DIST): Promise<FacilitatorCommand> {
  const resultsDir = newResultsDir()
  // Slidev cannot take port 0; serve can, and prints the port it got.
  const wanted = command === 'workshop' ? await freePort() : 0
  const child: ChildProcess = spawn(process.execPath, [...npmScript(command, command === 'serve' ? { argument: dist } : {}), '--port', String(wanted), '--host', '127.0.0.1', '--results', resultsDir, '--room-size', '50', ...args], {
    env: { ...process.env, PRESENTER_TOKEN: TOKEN, POLLS_QUIET: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.setEncoding('utf8').on('data', (d: string) => output += d)
  child.stderr!.setEncoding('utf8').on('data', (d: string) => output += d)
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  const port = wanted || await new Promise<number>((resolve, reject) => {
    const look = () => {
      const found = /Serving .* at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (found)
        resolve(Number(found[1]))
    }
    child.stdout!.on('data', look)
    void exited.then(() => reject(new Error(`${command} exited early:\n${output}`)))
  })
  const url = `http://127.0.0.1:${port}`
  await waitForOwnServer(url, () => child.exitCode === null, () => output, 150_000)
  const stopWith = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill(signal)
    return exited
  }
  return {
    url,
    port,
    resultsDir,
    process: child,
    output: () => output,
    kill: async () => void await stopWith('SIGKILL'),
    stop: async () => void await stopWith('SIGTERM'),
    stopWith,
  }
}

/** The line after the one holding `label`, trimmed: where the banner prints each role's address. */
export function addressAfter(output: string, label: string): string {
  const lines = output.split('\n')
  const at = lines.findIndex(line => line.includes(label))
  return at < 0 ? '' : lines[at + 1]?.trim() ?? ''
}
