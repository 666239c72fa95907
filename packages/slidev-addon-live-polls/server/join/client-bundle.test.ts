import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bundleJoinClient, bundleRemoteClient } from './client-bundle.ts'

describe('phone page scripts', () => {
  it('stay small: nothing of the server\'s checks (the log\'s schemas, the confusables table) reaches a phone', async () => {
    for (const [name, script, limit] of [['join', await bundleJoinClient(), 8 * 1024], ['remote', await bundleRemoteClient(), 4 * 1024]] as const) {
      expect(script, name).not.toMatch(/ZodError|\$ZodType|unhomoglyph/)
      expect(gzipSync(script).length, `${name} gzipped`).toBeLessThan(limit)
    }
  })
})
