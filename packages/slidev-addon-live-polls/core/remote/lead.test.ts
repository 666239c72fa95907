import { describe, expect, it } from 'vitest'
import { followTarget } from './lead'

const driven = { id: 'window-a' }

describe('followTarget', () => {
  it('goes to the slide and click the leading window wrote', () => {
    expect(followTarget({ page: 4, clicks: 1, lastUpdate: driven }, { page: 3, clicks: 0 })).toEqual({ page: 4, clicks: 1 })
    expect(followTarget({ page: 3, clicks: 2, lastUpdate: driven }, { page: 3, clicks: 0 })).toEqual({ page: 3, clicks: 2 })
    expect(followTarget({ page: 2, clicks: 0, lastUpdate: driven }, { page: 5, clicks: 0 })).toEqual({ page: 2, clicks: 0 })
  })

  it('stays where it is when already there, or when nobody has driven the deck yet', () => {
    expect(followTarget({ page: 4, clicks: 1, lastUpdate: driven }, { page: 4, clicks: 1 })).toBeNull()
    // A fresh state says page 1: a window opened on slide 7 must not be sent back to the cover.
    expect(followTarget({ page: 1, clicks: 0 }, { page: 7, clicks: 0 })).toBeNull()
  })

  it('ignores a page that is not a slide number', () => {
    expect(followTarget({ page: 0, clicks: 0, lastUpdate: driven }, { page: 2, clicks: 0 })).toBeNull()
    expect(followTarget({ page: Number.NaN, clicks: 0, lastUpdate: driven }, { page: 2, clicks: 0 })).toBeNull()
  })
})
