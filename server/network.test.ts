import { describe, expect, it } from 'vitest'
import { joinUrls } from './network'

describe('joinUrls', () => {
  it('leaves out the port when it is HTTP\'s default', () => {
    expect(joinUrls('192.0.2.7', 80)).toEqual(['http://192.0.2.7/join'])
    expect(joinUrls('192.0.2.7', 3030)).toEqual(['http://192.0.2.7:3030/join'])
    expect(joinUrls('::1', 80)).toEqual(['http://[::1]/join'])
  })
})
