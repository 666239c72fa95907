/**
 * The session report with a whole session's votes in it, as a facilitator makes it after a
 * workshop: a poll server filled through its HTTP API, then `npm run report` on its results folder.
 */
import type { RunningServer } from '../polls/poll-server'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { palette } from '../../lib/design/tokens'
import { npmScript } from '../../scripts/lib/npm-script'
import { deckPolls } from '../polls/deck-polls'
import { fillSession } from '../polls/fill-session'
import { startServer } from '../polls/poll-server'
import { pageFill } from './page-fill'
import { normalise } from './text-probes'

let server: RunningServer
let out: string
let stdout: string
const pdf = () => join(out, 'report.pdf')
const pageText = (page: number) => normalise(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf(), '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))

test.describe('session report', () => {
  test.describe.configure({ timeout: 240_000 })

  test.beforeAll(async () => {
    server = await startServer()
    await fillSession(server)
    out = await mkdtemp(join(tmpdir(), 'report-test-'))
    const run = spawnSync(process.execPath, [...npmScript('report'), '--results', server.resultsDir, '--out', out], { encoding: 'utf8', timeout: 180_000 })
    expect(run.status, run.stderr).toBe(0)
    stdout = run.stdout
  })

  test.afterAll(async () => {
    await server?.stop()
    if (out)
      await rm(out, { recursive: true, force: true })
  })

  test('opens with a summary: the date, the turnout and every start-to-end shift the deck declares', async () => {
    // The command says where it wrote.
    expect(stdout).toContain(`Wrote ${relative('.', pdf())}`)
    const first = pageText(1)
    expect(first).toMatch(/(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} \w+ \d{4}/)
    expect(first).toContain('phones joined')
    expect(await readFile(join(out, 'report.html'), 'utf8')).toContain('<span class="tile-value">120</span><span class="tile-label">phones joined</span>')
    expect(first).toContain('How the room moved')
    const compared = (await deckPolls()).filter(({ poll }) => poll.compareWith)
    expect(compared.length).toBeGreaterThanOrEqual(2)
    for (const { poll } of compared)
      expect(first, poll.id).toContain(normalise(poll.question).slice(0, 40))
    // No contents of placeholder page numbers: the summary is the way in.
    expect(first).not.toContain('Contents')
  })

  test('draws results as bars in the deck\'s meaning colours, start beside end', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, 'report.html')).href)
    for (const { poll } of (await deckPolls()).filter(({ poll }) => poll.compareWith)) {
      const card = page.locator(`.poll-result[data-poll-id="${poll.id}"]`)
      await expect(card.locator('.bar-tag', { hasText: 'Start' }).first()).toBeVisible()
      await expect(card.locator('.bar-tag', { hasText: 'End' }).first()).toBeVisible()
    }
    // The correct quiz answer's bar is the deck's teal (its theme module, headmatter livePolls.theme); every fill has a width from the tally.
    const open = palette.light.open
    const correct = page.locator('.bar-row.correct .bar:not(.bar-earlier) .bar-fill').first()
    expect(await correct.evaluate(el => getComputedStyle(el).backgroundColor)).toBe(await page.evaluate((hex) => {
      const probe = document.createElement('i')
      probe.style.color = hex
      document.body.append(probe)
      return getComputedStyle(probe).color
    }, open))
    const widths = await page.locator('.poll-result .bar-fill').evaluateAll(fills => fills.map(fill => fill.getBoundingClientRect().width))
    expect(widths.filter(w => w > 0).length).toBeGreaterThan(widths.length / 2)
  })

  test('axe finds no serious or critical problem in the report', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, 'report.html')).href)
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map(v => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  })

  test('no page but the last is mostly empty', () => {
    const fill = pageFill(pdf())
    expect(fill.length).toBeGreaterThanOrEqual(2)
    for (const { page, reach } of fill.slice(0, -1))
      expect(reach, `page ${page} of ${fill.length}: content stops at ${Math.round(reach * 100)}% of the page`).toBeGreaterThan(0.5)
  })
})
