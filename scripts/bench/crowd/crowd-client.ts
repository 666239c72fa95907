/**
 * The bench's handle on its phone-crowd processes: phone g lives in process g % k, so a burst is
 * split between them and their answers are put back in the order asked.
 */
import type { ChildProcess } from 'node:child_process'
import type { BurstRequest, BurstResult, FromCrowd, ToCrowd } from './messages.ts'
import type { Target } from './raw-http.ts'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const CROWD_SCRIPT = fileURLToPath(new URL('./phone-crowd.ts', import.meta.url))

export class PhoneCrowd {
  /** Phones joined so far; phone g is phone floor(g / k) of process g % k. */
  private size = 0

  private constructor(private processes: ChildProcess[]) {}

  /** Starts `processes` crowd processes, each run through `prefix` (e.g. `taskset -c 1`) when given. */
  static start(processes: number, prefix: string[] = []): PhoneCrowd {
    const children = Array.from({ length: processes }, () => {
      const command = [...prefix, process.execPath, '--import', 'tsx', CROWD_SCRIPT]
      return spawn(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    })
    return new PhoneCrowd(children)
  }

  /** Phone g connects from 127.1.x.y: every phone its own address, as on a classroom network. */
  static address(g: number): string {
    return `127.1.${Math.floor(g / 250)}.${1 + (g % 250)}`
  }

  /** `n` phones load /join (and follow the stream when asked); resolves to their cookies, by phone. */
  async join(target: Target, n: number, follow: boolean): Promise<string[]> {
    const k = this.processes.length
    const members = this.processes.map(() => [] as number[])
    for (let g = this.size; g < this.size + n; g++)
      members[g % k].push(g)
    const parts = await Promise.all(this.processes.map((child, i) =>
      this.ask(child, { type: 'join', target, phones: members[i].map(g => ({ address: PhoneCrowd.address(g) })), follow }, 'joined')))
    const cookies: string[] = []
    members.forEach((list, i) => list.forEach((g, j) => cookies[g - this.size] = parts[i].cookies[j]))
    this.size += n
    return cookies
  }

  /** Every request at once, spread over the processes; results come back in request order. */
  async burst(requests: BurstRequest[], warm: boolean): Promise<BurstResult[]> {
    const k = this.processes.length
    const split = this.processes.map((_, i) => requests.flatMap((r, at) => r.phone % k === i ? [{ at, request: { ...r, phone: Math.floor(r.phone / k) } }] : []))
    const answers = await Promise.all(this.processes.map((child, i) => this.ask(child, { type: 'burst', requests: split[i].map(s => s.request), warm }, 'burst-done')))
    const results: BurstResult[] = Array.from({ length: requests.length })
    split.forEach((part, i) => part.forEach((s, j) => results[s.at] = answers[i].results[j]))
    return results
  }

  close(): Promise<void> {
    return Promise.all(this.processes.map(child => new Promise<void>((resolve) => {
      if (child.exitCode !== null || !child.connected)
        return resolve()
      child.once('exit', () => resolve())
      child.send({ type: 'close' } satisfies ToCrowd)
    }))).then(() => {})
  }

  private ask<T extends FromCrowd['type']>(child: ChildProcess, message: ToCrowd, answer: T): Promise<Extract<FromCrowd, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`a phone crowd exited (${code})`))
      const onMessage = (reply: FromCrowd) => {
        child.off('message', onMessage)
        child.off('exit', onExit)
        if (reply.type === answer)
          resolve(reply as Extract<FromCrowd, { type: T }>)
        else
          reject(new Error(`a phone crowd failed: ${reply.type === 'failed' ? reply.message : reply.type}`))
      }
      child.on('message', onMessage)
      child.once('exit', onExit)
      child.send(message)
    })
  }
}
