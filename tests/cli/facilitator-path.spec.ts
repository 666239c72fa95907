/**
 * The facilitator's path, from start to stop, with `npm run serve` and `npm run workshop`: the
 * banner says which window goes where and prints every address as text (on loopback, that phones
 * cannot join and how to open it to the room); "Ready" comes once the first page answers; the
 * presenter view and the projector window each drive the other (and with the deck shared, a
 * phone showing the slides follows whichever leads); on Ctrl-C the terminal says how many votes,
 * questions and reactions are saved, and where.
 */
import type { Command, FacilitatorCommand } from './facilitator-command.ts'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { fillSession } from '../polls/fill-session.ts'
import { phoneRelay, PRESENTER_ADDRESS } from '../polls/phone.ts'
import { fakeBuild, newParticipant, presenterPost, TOKEN } from '../polls/poll-server.ts'
import { addressAfter, startCommand } from './facilitator-command.ts'
import { drive, openBothWindows, positionOf } from './two-windows.ts'

const REACTIONS = ['like', 'lost', 'faster'] as const

/** Reactions from phones that have not voted, on a slide the deck has reported. */
async function react(server: FacilitatorCommand): Promise<number> {
  expect((await presenterPost(server, '/api/current', { slide: 3 })).ok).toBe(true)
  for (const kind of REACTIONS) {
    const phone = await newParticipant(server)
    const res = await phone.post('/api/reactions', { kind })
    expect(res.ok, await res.text()).toBe(true)
  }
  return REACTIONS.length
}

for (const command of ['serve', 'workshop'] as Command[]) {
  test.describe(`npm run ${command}: the facilitator's path`, () => {
    test.describe.configure({ timeout: command === 'workshop' ? 400_000 : 180_000 })

    test('banner, Ready, both windows driving each other, and what Ctrl-C says is saved', async ({ browser }) => {
      // The workshop shares the deck, so a phone showing the slides follows too (phones from 127.0.0.2).
      const shared = command === 'workshop'
      const server = await startCommand(command, shared ? ['--share-deck', '--presenter-address', PRESENTER_ADDRESS] : [])
      try {
        await test.step('the banner: each window\'s role and address, the phone pages as text, the loopback warning', async () => {
          await expect.poll(server.output, { timeout: 150_000 }).toMatch(/\n {2}Ready /)
          const out = server.output()
          expect(addressAfter(out, 'Presenter view')).toBe(`${server.url}/presenter/1?poll-token=${TOKEN}`)
          expect(out).toMatch(/Presenter view +on the laptop screen/)
          expect(addressAfter(out, 'Projector window')).toBe(`${server.url}/1?poll-token=${TOKEN}`)
          expect(out).toMatch(/Projector window +drag it to the projector/)
          expect(out).toContain('Drive from either window (arrow keys, space, clicks): the other follows.')
          expect(addressAfter(out, '    Participants ')).toBe(`${server.url}/join`)
          expect(addressAfter(out, '    Phone remote ')).toBe(`${server.url}/remote#token=${TOKEN}`)
          expect(out).toContain('PHONES CANNOT JOIN: the server listens on 127.0.0.1 only, so only this laptop can open it.')
          expect(out).toContain('start again without --host (or with --host 0.0.0.0)')
          // A QR code of a loopback address would send a phone to itself.
          expect(out).not.toContain('▀▀▀▀')
        })

        await test.step('"Ready" comes last, once the first page and its script answer', async () => {
          const out = server.output()
          expect(out.indexOf('Ready ')).toBeGreaterThan(out.indexOf('Phone remote'))
          if (command === 'workshop')
            expect(out.indexOf('Ready ')).toBeGreaterThan(out.indexOf('Preparing the deck'))
          const page = await fetch(`${server.url}/1`)
          expect(page.status).toBe(200)
          const entry = /<script\s[^>]*?type="module"[^>]*src="([^"]+)"/.exec(await page.text())?.[1]
          expect(entry).toBeTruthy()
          expect((await fetch(`${server.url}${entry}`)).headers.get('content-type')).toContain('javascript')
        })

        await test.step('the presenter view and the projector window drive each other', async () => {
          const { presenter, projector } = await openBothWindows(browser, server.url, TOKEN)
          const relay = shared ? await phoneRelay(server.port) : undefined
          const phone = relay && await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
          await phone?.goto(`${relay!.url}/1`)
          for (const [leader, follower] of [[projector, presenter], [presenter, projector], [projector, presenter]] as const) {
            const at = await drive(leader, follower, 4)
            if (phone)
              await expect.poll(() => positionOf(phone.url()), { message: 'a phone showing the slides follows whichever window leads' }).toEqual(at)
          }
          await presenter.page.context().close()
          await phone?.context().close()
          await relay?.close()
        })

        await test.step('Ctrl-C says how many votes, questions and reactions are saved, and where', async () => {
          const filled = await fillSession(server, { participants: 6, questions: 3 })
          const reactions = await react(server)
          expect(await server.stopWith('SIGINT')).toBe(0)
          const file = join(server.resultsDir, 'polls.jsonl')
          expect(server.output()).toContain(`Stopped. Saved in ${file}: ${filled.votes} votes from 6 participants, ${filled.questions} questions and ${reactions} reactions.`)
          expect(server.output()).toContain(`The session report: npm run report -- --results ${server.resultsDir}`)
        })
      }
      finally {
        // SIGTERM, not SIGKILL: the workshop's launcher then stops Slidev's whole process group too.
        await server.stopWith('SIGTERM')
      }
    })
  })
}

test.describe('"Ready" waits for the first page', () => {
  test('a build whose script is missing is served, but never said to be ready: the terminal says why', async () => {
    const dist = await fakeBuild('<!doctype html><div id="app"></div><script type="module" crossorigin src="/assets/index-missing.js"></script>', mkdtempSync(join(tmpdir(), 'cli-broken-build-')))
    mkdirSync(join(dist, 'assets'))
    const server = await startCommand('serve', [], dist)
    try {
      await expect.poll(server.output).toContain('Not ready yet: /assets/index-missing.js answers 404')
      expect(server.output()).toContain('Projector window')
      expect(server.output()).not.toMatch(/\bReady\b/)
    }
    finally {
      await server.stopWith('SIGTERM')
    }
  })
})
