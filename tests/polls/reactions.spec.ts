import { expect, test } from './fixtures.ts'
import { TOKEN } from './poll-server.ts'

test.describe('pace and reactions', () => {
  test('a phone reacts; the presenter view\'s gauge counts it, and the slide floats reactions only when turned on', async ({ pollServer: server, devices }) => {
    const presenterContext = await devices.desktop()
    const phoneContext = await devices.phone()
    const presenter = await presenterContext.newPage()
    await presenter.goto(`${server.url}/presenter/3?poll-token=${TOKEN}`)
    const gauge = presenter.getByRole('region', { name: 'Pace over the last minute' }).first()
    await expect(gauge).toContainText('no pace signals')
    // The projector window gets its own URL with the token: no window reads another's.
    const projector = await presenterContext.newPage()
    await projector.goto(`${server.url}/3?poll-token=${TOKEN}`)

    const phone = await phoneContext.newPage()
    await phone.goto(`${server.url}/join`)
    const bar = phone.getByRole('navigation', { name: 'Reactions' })
    await bar.getByRole('button', { name: 'Slower' }).click()
    await expect(bar.getByRole('status')).toHaveText('Sent: Slower')
    // The bar rests during the cooldown, and the server would refuse a second tap anyway.
    await expect(bar.getByRole('button', { name: 'Faster' })).toBeDisabled()
    await expect(gauge).toContainText('slow down')
    await expect(gauge).toContainText('Slower: 1')
    await expect(gauge).toContainText('Lost me: 0')
    // Drawn icons beside the labels, as on the phones: no emoji font needed on the laptop.
    await expect(gauge.locator('svg[data-reaction]')).toHaveCount(4)
    await expect(projector.locator('.float')).toHaveCount(0)

    await gauge.getByRole('checkbox', { name: 'Float reactions on the slide' }).check()
    await expect(bar.getByRole('button', { name: 'Lost me' })).toBeEnabled({ timeout: 10_000 })
    await bar.getByRole('button', { name: 'Lost me' }).click()
    // The phone's icon for the reaction, drawn (no emoji font needed on the projector).
    await expect(projector.locator('.float')).toHaveAttribute('data-reaction', 'lost')
    await expect(projector.locator('.float svg path')).toHaveCount(1)
    // Held still (as for a viewer who asks for reduced motion) to be seen in the screenshot.
    await projector.emulateMedia({ reducedMotion: 'reduce' })
    await projector.screenshot({ path: 'test-results/projector-floating-reaction.png' })
    await presenter.screenshot({ path: 'test-results/presenter-pace-gauge.png' })
    const pace = await (await fetch(`${server.url}/api/reactions`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as { bySlide: Record<string, Record<string, number>> }
    expect(pace.bySlide['3']).toEqual({ like: 0, lost: 1, slower: 1, faster: 0 })
  })
})
