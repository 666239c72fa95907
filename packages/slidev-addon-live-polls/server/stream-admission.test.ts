import { describe, expect, it } from 'vitest'
import { StreamAdmission, subnetOf } from './stream-admission.ts'

const limits = { perParticipant: 2, anonymous: 6, perAddress: 3, perSubnet: 4, total: 10 }
const phone = (address: string, participant?: string) => ({ presenter: false, presenterMachine: false, address, participant })

describe('stream admission', () => {
  it('never refuses the presenter, even when every slot is taken', () => {
    const admission = new StreamAdmission(limits)
    for (let i = 0; i < 5; i++)
      expect(admission.admit(phone(`10.0.${i}.1`, `p-${i}`))).not.toHaveProperty('refused')
    for (let i = 0; i < 6; i++)
      admission.admit(phone(`10.1.${i}.1`))
    expect(admission.admit(phone('10.9.9.9', 'p-late'))).toHaveProperty('refused')
    expect(admission.admit({ presenter: true, presenterMachine: true, address: '127.0.0.1' })).not.toHaveProperty('refused')
  })

  it('keeps the room\'s slots for phones holding an id: streams without one share a part, per address and per subnet', () => {
    const admission = new StreamAdmission(limits)
    // One machine with many addresses in one subnet: four streams, then nothing more from there.
    const taken = Array.from({ length: 8 }, (_, i) => admission.admit(phone(`192.168.1.${10 + i}`)))
    expect(taken.filter(t => 'refused' in t)).toHaveLength(4)
    // And at most three from one address.
    expect([1, 2, 3, 4].map(() => 'refused' in admission.admit(phone('10.0.0.7')))).toEqual([false, false, true, true])
    // The anonymous share (6) is now spent; a phone with an id still gets in, from that same subnet.
    expect(admission.admit(phone('10.5.0.1'))).toHaveProperty('refused')
    expect(admission.admit(phone('192.168.1.99', 'p-real'))).not.toHaveProperty('refused')
  })

  it('caps streams per id wherever they connect from, and frees a slot when a stream closes', () => {
    const admission = new StreamAdmission(limits)
    const first = admission.admit(phone('10.0.0.1', 'p-1'))
    admission.admit(phone('10.0.0.2', 'p-1'))
    expect(admission.admit(phone('10.0.0.3', 'p-1'))).toHaveProperty('refused')
    if ('release' in first)
      first.release()
    expect(admission.admit(phone('10.0.0.3', 'p-1'))).not.toHaveProperty('refused')
  })

  it('holds the presenter\'s machine to the shares but not to the per-address cap', () => {
    const admission = new StreamAdmission(limits)
    const local = () => admission.admit({ presenter: false, presenterMachine: true, address: '127.0.0.1' })
    expect([1, 2, 3, 4, 5, 6, 7].map(() => 'refused' in local())).toEqual([false, false, false, false, false, false, true])
  })

  it('counts IPv4 addresses by /24 and IPv6 addresses by /64', () => {
    expect(subnetOf('192.168.1.77')).toBe('192.168.1.0/24')
    expect(subnetOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(subnetOf('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(subnetOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })
})
