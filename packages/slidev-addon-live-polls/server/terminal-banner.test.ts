import type { BannerFacts } from './terminal-banner'
import { describe, expect, it } from 'vitest'
import { bannerText, reachOf, stopSummary } from './terminal-banner'

const facts: BannerFacts = {
  polls: 8,
  resultsDir: '/tmp/session/results',
  saved: { votes: 0, voters: 0, questions: 0, reactions: 0, joined: 0 },
  roomSize: 300,
  token: 'k3y',
  port: 3030,
  host: '0.0.0.0',
  joinUrls: ['http://192.168.1.20:3030/join', 'http://10.8.0.2:3030/join', 'http://127.0.0.1:3030/join'],
  shareDeck: false,
  workshop: true,
}

/** The line that holds `text`, trimmed. */
function lineWith(banner: string, text: string): string {
  return banner.split('\n').find(line => line.includes(text))?.trim() ?? ''
}

/** The line after the one that holds `label`, trimmed: where each role's address is printed. */
function addressOf(banner: string, label: string): string {
  const lines = banner.split('\n')
  return lines[lines.findIndex(line => line.includes(label)) + 1]?.trim() ?? ''
}

describe('bannerText', () => {
  it('names each window and phone with its role and its address as text', () => {
    const banner = bannerText(facts)
    expect(addressOf(banner, 'Presenter view')).toBe('http://127.0.0.1:3030/presenter/1?poll-token=k3y')
    expect(lineWith(banner, 'Presenter view')).toContain('laptop screen')
    expect(addressOf(banner, 'Projector window')).toBe('http://127.0.0.1:3030/1?poll-token=k3y')
    expect(lineWith(banner, 'Projector window')).toContain('drag it to the projector')
    expect(lineWith(banner, 'Drive from either window')).toContain('the other follows')
    expect(addressOf(banner, 'Participants  ')).toBe('http://192.168.1.20:3030/join')
    expect(lineWith(banner, '10.8.0.2')).toBe('http://10.8.0.2:3030/join  (another network of this laptop)')
    expect(addressOf(banner, 'Phone remote  ')).toBe('http://192.168.1.20:3030/remote#token=k3y')
    expect(banner).not.toContain('CANNOT')
    // Two QR codes side by side, each captioned below.
    const codeRows = banner.split('\n').filter(line => line.includes('█'))
    expect(codeRows.length).toBeGreaterThan(10)
    expect(codeRows.every(line => line.length <= 80), 'fits an 80-column terminal').toBe(true)
    expect(codeRows[0]!.trim().split(/\s{2,}/)).toHaveLength(2)
    expect(lineWith(banner, 'Phone remote (keep private)')).toBe('Phone remote (keep private)')
    expect(banner).toMatch(/\n {2}Participants +█/)
  })

  it('bound to loopback: says plainly that phones cannot join and how to open it to the room, with no QR codes', () => {
    const banner = bannerText({ ...facts, host: '127.0.0.1', joinUrls: ['http://127.0.0.1:3030/join'] })
    expect(reachOf({ host: '127.0.0.1', joinUrls: ['http://127.0.0.1:3030/join'] })).toBe('loopback')
    expect(lineWith(banner, 'PHONES CANNOT JOIN')).toBe('PHONES CANNOT JOIN: the server listens on 127.0.0.1 only, so only this laptop can open it.')
    expect(banner).toContain('start again without --host (or with --host 0.0.0.0)')
    expect(addressOf(banner, 'Participants  ')).toBe('http://127.0.0.1:3030/join')
    expect(addressOf(banner, 'Phone remote  ')).toBe('http://127.0.0.1:3030/remote#token=k3y')
    expect(banner).not.toContain('▀▀▀▀')
  })

  it('listening everywhere without a network: says to join the Wi-Fi or start a hotspot', () => {
    const banner = bannerText({ ...facts, joinUrls: ['http://127.0.0.1:3030/join'] })
    expect(lineWith(banner, 'PHONES CANNOT JOIN')).toContain('no network address other devices can reach')
    expect(banner).toContain('start a hotspot')
    expect(banner).not.toContain('▀▀▀▀')
  })
})

describe('stopSummary', () => {
  it('says where the results are and that there are none yet', () => {
    expect(stopSummary('/tmp/nowhere-for-this-test').trim()).toBe('Stopped. Saved in /tmp/nowhere-for-this-test/polls.jsonl: no votes, questions or reactions.')
  })
})
