import { describe, expect, it } from 'vitest'
import { hostCheck, hostName } from './allowed-hosts.ts'

describe('hostCheck', () => {
  const lan = new Set(['192.168.1.20', 'fe80::1'])
  const check = hostCheck({ bound: '0.0.0.0', addresses: () => lan, ownName: 'tutor-laptop' })

  it('answers to loopback and the machine\'s own addresses, with or without a port', () => {
    for (const host of ['127.0.0.1:3030', 'localhost:3030', '[::1]:3030', '127.0.0.2', '192.168.1.20:3030', '192.168.1.20', '[fe80::1]:80', 'tutor-laptop:3030', 'Tutor-Laptop.local:3030'])
      expect(check.allows(host), host).toBe(true)
  })

  it('refuses every other name: a rebinding domain, another address, a malformed or missing Host', () => {
    for (const host of ['attacker.example:3030', 'evil.localhost:3030', '192.168.1.21:3030', '0.0.0.0:3030', '[::1', 'a:b:c', '', undefined])
      expect(check.allows(host), String(host)).toBe(false)
  })

  it('takes a name it is given (a public URL\'s host) and the address it is bound to', () => {
    expect(hostCheck({ bound: '10.0.0.5', extra: ['polls.example.org'], addresses: () => new Set() }).allows('polls.example.org')).toBe(true)
    expect(hostCheck({ bound: '10.0.0.5', addresses: () => new Set() }).allows('10.0.0.5:3030')).toBe(true)
  })

  it('reads the machine\'s addresses again when an unknown address turns up (the Wi-Fi changed)', async () => {
    const addresses = new Set<string>()
    const later = hostCheck({ addresses: () => addresses })
    addresses.add('10.1.2.3')
    await new Promise(resolve => setTimeout(resolve, 1100))
    expect(later.allows('10.1.2.3:3030')).toBe(true)
  })

  it('reads the host name out of a Host header', () => {
    expect(hostName('Example.ORG:8080')).toBe('example.org')
    expect(hostName('[::1]:3030')).toBe('::1')
    expect(hostName('[::1]junk')).toBeNull()
  })
})
