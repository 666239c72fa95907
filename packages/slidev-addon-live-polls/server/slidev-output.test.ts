import { describe, expect, it } from 'vitest'
import { createOutputFilter } from './slidev-output'

describe('createOutputFilter', () => {
  it('drops Slidev\'s token-less URLs, its shortcuts (stdin is not passed on) and the timing report, keeps the rest', () => {
    let out = ''
    const filter = createOutputFilter(text => out += text)
    filter('  Slidev  v52.20.1\n\n  public slide show   > http://localhost:3030/\n  presenter mode      > http://localhost:3030/presenter/\n  remote con')
    filter('trol      > http://192.0.2.2:3030/entry/\n  theme  default\n')
    filter('\u001B[33m[PLUGIN_TIMINGS] Warning:\u001B[0m your build spent a lot of time\n  - vite:css (40%)\n\nready\n')
    expect(out).toBe('  Slidev  v52.20.1\n\n  theme  default\nready\n')
  })
})
