import type { Buffer } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { DEFAULT_THEME } from '../core/theme.ts'
import { isParticipantPath } from './http-api.ts'
import { PHONE_FONT_FAMILY, phoneFont } from './phone-font.ts'

describe('phoneFont', () => {
  it('declares the theme\'s first family from a hashed address phones may reach, Latin subset only', () => {
    const font = phoneFont()
    expect(font.url).toMatch(/^\/api\/fonts\/inter-latin-[0-9a-f]{12}\.woff2$/)
    expect(font.css).toContain(`font-family: ${DEFAULT_THEME.font.split(',')[0]}`)
    expect(font.css).toContain(`font-family: '${PHONE_FONT_FAMILY}'`)
    expect(font.css).toMatch(/unicode-range: U\+0000-00FF,/)
    expect(font.head).toContain(`href="${font.url}"`)
    expect(isParticipantPath(font.url)).toBe(true)
    expect(isParticipantPath('/api/fonts/x.ttf')).toBe(false)
  })

  it('serves the woff2 file, cached for good', async () => {
    const { route } = phoneFont()
    let head: Record<string, unknown> = {}
    let body: Buffer | undefined
    const res = {
      writeHead: (_status: number, headers: Record<string, unknown>) => head = headers,
      end: (data?: Buffer) => body = data,
    } as unknown as ServerResponse
    await route.handle({ req: { method: 'GET' } as IncomingMessage, res, url: new URL('http://x/'), params: [], presenter: false, participant: undefined })
    expect(head['Content-Type']).toBe('font/woff2')
    expect(head['Cache-Control']).toMatch(/immutable/)
    expect(body?.subarray(0, 4).toString('latin1')).toBe('wOF2')
    expect(head['Content-Length']).toBe(body?.length)
  })
})
