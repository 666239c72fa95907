/**
 * Who may hold a live stream. Streams are the server's scarcest resource (each is an open socket
 * for the whole session), and a laptop with many addresses could otherwise take them all, the
 * presenter's and the room's included. So:
 * - the presenter's streams (the token) are never refused;
 * - each participant id holds at most a few (a phone, a second tab), wherever it connects from,
 *   and ids are bounded by the room size: those slots are reserved for the room;
 * - streams without an id (the shared deck, a script) share the rest, with a cap per address and
 *   per subnet (/24, /64), so many addresses of one machine still get only a share of a share.
 * The presenter's machine is not held to the per-address and per-subnet caps.
 */

export interface AdmissionLimits {
  /** Streams per participant id. */
  perParticipant: number
  /** Streams without a participant id: in all, per address, per subnet. */
  anonymous: number
  perAddress: number
  perSubnet: number
  /** Every stream but the presenter's. */
  total: number
}

export interface StreamRequester {
  presenter: boolean
  presenterMachine: boolean
  address: string
  participant?: string
}

/** The subnet an address counts in: IPv4 /24, IPv6 /64. */
export function subnetOf(address: string): string {
  if (address.includes(':')) {
    const groups = expandIpv6(address)
    return groups ? `${groups.slice(0, 4).join(':')}::/64` : address
  }
  return `${address.split('.').slice(0, 3).join('.')}.0/24`
}

function expandIpv6(address: string): string[] | null {
  const [head, tail, extra] = address.replace(/%.*$/, '').split('::')
  if (extra !== undefined)
    return null
  const left = head ? head.split(':') : []
  const right = tail !== undefined && tail ? tail.split(':') : []
  const fill = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array.from<string>({ length: fill }).fill('0'), ...right]
}

/** Counts open streams by the keys they are capped on; `admit` counts one, its `release` uncounts it. */
export class StreamAdmission {
  private counts = new Map<string, number>()

  constructor(readonly limits: AdmissionLimits) {}

  /** A release function for an admitted stream, or the sentence a refused one gets (a 429). */
  admit(who: StreamRequester): { release: () => void } | { refused: string } {
    if (who.presenter)
      return this.take([])
    if (this.count('all') >= this.limits.total)
      return { refused: `the server holds ${this.limits.total} live connections already; try again shortly` }
    if (who.participant) {
      if (this.count(`id:${who.participant}`) >= this.limits.perParticipant)
        return { refused: `this device has ${this.limits.perParticipant} live connections already; close other tabs` }
      return this.take(['all', `id:${who.participant}`])
    }
    if (this.count('anonymous') >= this.limits.anonymous)
      return { refused: 'too many live connections without a participant id: open /join on this device first' }
    const keys = ['all', 'anonymous']
    if (!who.presenterMachine) {
      const address = `address:${who.address}`
      const subnet = `subnet:${subnetOf(who.address)}`
      if (this.count(address) >= this.limits.perAddress)
        return { refused: `too many live connections from ${who.address} (at most ${this.limits.perAddress}); close other tabs` }
      if (this.count(subnet) >= this.limits.perSubnet)
        return { refused: `too many live connections from ${subnetOf(who.address)}; try again shortly` }
      keys.push(address, subnet)
    }
    return this.take(keys)
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0
  }

  private take(keys: string[]): { release: () => void } {
    keys.forEach(key => this.counts.set(key, this.count(key) + 1))
    let released = false
    return {
      release: () => {
        if (released)
          return
        released = true
        for (const key of keys) {
          const left = this.count(key) - 1
          if (left > 0)
            this.counts.set(key, left)
          else
            this.counts.delete(key)
        }
      },
    }
  }
}
