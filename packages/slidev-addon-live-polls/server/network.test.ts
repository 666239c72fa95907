import { describe, expect, it } from 'vitest'
import { isLoopbackHost, joinUrls, windowOrigin } from './network'

describe('joinUrls', () => {
  it('leaves out the port when it is HTTP\'s default', () => {
    expect(joinUrls('192.0.2.7', 80)).toEqual(['http://192.0.2.7/join'])
    expect(joinUrls('192.0.2.7', 3030)).toEqual(['http://192.0.2.7:3030/join'])
    expect(joinUrls('::1', 80)).toEqual(['http://[::1]/join'])
  })
})

describe('isLoopbackHost', () => {
  it('knows loopback addresses and names, bracketed or not', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost', 'LOCALHOST'])
      expect(isLoopbackHost(host), host).toBe(true)
    for (const host of ['192.168.1.20', '10.0.0.5', '0.0.0.0', 'laptop.local', '[fe80::1]'])
      expect(isLoopbackHost(host), host).toBe(false)
  })
})

describe('windowOrigin', () => {
  it('opens the presenter\'s windows on loopback when listening everywhere, else where it listens', () => {
    expect(windowOrigin('0.0.0.0', 3030)).toBe('http://127.0.0.1:3030')
    expect(windowOrigin('127.0.0.1', 3030)).toBe('http://127.0.0.1:3030')
    expect(windowOrigin('::1', 3030)).toBe('http://[::1]:3030')
    expect(windowOrigin('192.0.2.7', 80)).toBe('http://192.0.2.7:80')
  })
})
