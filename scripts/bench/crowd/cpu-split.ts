/**
 * On a classroom network the phones are other devices: their work never takes the presenter
 * laptop's CPU. On one machine the bench gets closest to that by giving the server CPU 0 and the
 * simulated phones (and the presenter stream) the other CPUs, with `taskset`. With one CPU, no
 * `taskset`, or --shared-cpus, everything shares the CPUs and the figures include the phones' cost.
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import process from 'node:process'

export interface CpuSplit {
  /** Command prefixes that pin a process, empty when nothing is pinned. */
  server: string[]
  phones: string[]
  /** How many CPUs the phones have (crowd processes to start). */
  phoneCpus: number
  description: string
}

export function splitCpus(shared: boolean): CpuSplit {
  const cpus = availableParallelism()
  const hasTaskset = spawnSync('taskset', ['--version']).status === 0
  if (shared || cpus < 2 || !hasTaskset) {
    const why = shared ? '--shared-cpus' : cpus < 2 ? 'one CPU' : 'no taskset'
    return { server: [], phones: [], phoneCpus: 1, description: `server and phones share ${cpus} CPU${cpus > 1 ? 's' : ''} (${why}): the figures include the phones' own cost` }
  }
  const phoneList = cpus === 2 ? '1' : `1-${cpus - 1}`
  // The bench's own process (presenter stream, bookkeeping) stays off the server's CPU too.
  spawnSync('taskset', ['-cp', phoneList, String(process.pid)])
  return {
    server: ['taskset', '-c', '0'],
    phones: ['taskset', '-c', phoneList],
    phoneCpus: cpus - 1,
    description: `server pinned to CPU 0; phones and presenter on CPU ${phoneList} (as on a classroom network, where phones are other devices)`,
  }
}
