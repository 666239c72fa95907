import { resolveConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { liveDeck } from '../core/deck.ts'
import { FS_DENY } from './fs-deny.ts'
import { pollsPlugin } from './vite-plugin.ts'

describe('server.fs.deny', () => {
  it('keeps every pattern Vite denies by default, and adds ours', async () => {
    const defaults = (await resolveConfig({ configFile: false, logLevel: 'silent' }, 'serve')).server.fs.deny
    const config = pollsPlugin({ deck: liveDeck({}, []), userRoot: '.' }).config as () => { server: { fs: { deny: string[] } } }
    const ours = config().server.fs.deny
    expect(ours).toEqual(FS_DENY)
    for (const pattern of defaults)
      expect(ours, pattern).toContain(pattern)
    expect(ours).toContain('**/results/**')
  })
})
