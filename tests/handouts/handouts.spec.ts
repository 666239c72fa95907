import type { Exercise } from '../../lib/exercises/exercise'
import type { DeckSource } from '../../lib/handouts/deck-source'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { loadExercises } from '../../lib/exercises/load-exercises'
import { buildHandouts, HANDOUT_FILES } from '../../lib/handouts/build-handouts'
import { loadDeckSource } from '../../lib/handouts/deck-source'
import { loadPollsFromDeck } from '../../lib/polls/load-from-deck'
import { normalise, probes } from './text-probes'

let out: string
let deck: DeckSource
let exercises: Exercise[]
const text: Record<'participant' | 'facilitator', string> = { participant: '', facilitator: '' }

const pdfText = (file: string) => normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

test.describe('handouts', () => {
  test.describe.configure({ timeout: 240_000 })

  test.beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'handouts-test-'))
    await buildHandouts({ out })
    deck = await loadDeckSource()
    exercises = await loadExercises()
    text.participant = pdfText(join(out, HANDOUT_FILES.participantPdf))
    text.facilitator = pdfText(join(out, HANDOUT_FILES.facilitatorPdf))
  })

  test.afterAll(() => rm(out, { recursive: true, force: true }))

  test('the participant PDF has every exercise but no sample answer or facilitator note', () => {
    for (const exercise of exercises) {
      expect(text.participant, exercise.file).toContain(`Exercise ${exercise.number}: ${exercise.title}`)
      for (const phrase of probes(exercise.prompt))
        expect(text.participant, `${exercise.file}: prompt`).toContain(phrase)
      for (const phrase of probes(exercise.solution))
        expect(text.participant, `${exercise.file}: sample answer leaked`).not.toContain(phrase)
      for (const phrase of exercise.notes.flatMap(note => probes(note)))
        expect(text.participant, `${exercise.file}: facilitator note leaked`).not.toContain(phrase)
    }
  })

  test('the facilitator PDF has every exercise with its sample answer and notes', () => {
    for (const exercise of exercises) {
      expect(text.facilitator, exercise.file).toContain(`Exercise ${exercise.number}: ${exercise.title}`)
      const expected = [
        ...probes(exercise.solution),
        ...exercise.notes.flatMap(note => probes(note)),
      ]
      expect(expected.length, `${exercise.file} has text to look for`).toBeGreaterThan(0)
      for (const phrase of expected)
        expect(text.facilitator, exercise.file).toContain(phrase)
    }
  })

  test('the facilitator guide lists every poll with its options', async () => {
    const polls = await loadPollsFromDeck()
    const html = normalise(await readFile(join(out, HANDOUT_FILES.facilitatorHtml), 'utf8'))
    for (const { poll } of polls) {
      expect(html).toContain(`data-poll-id="${poll.id}"`)
      for (const option of 'options' in poll
        ? poll.options
        : [])
        expect(html, poll.id).toContain(option.label.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'))
    }
  })

  test('the agenda adds up to the workshop length in the deck, the handout and the guide', async ({ page }) => {
    expect(deck.agenda.totalMinutes, 'deck agenda').toBe(deck.workshopMinutes)
    for (const name of [HANDOUT_FILES.participantHtml, HANDOUT_FILES.facilitatorHtml]) {
      await page.goto(pathToFileURL(join(out, name)).href)
      const table = page.locator('table.agenda')
      await expect(table, name).toHaveAttribute('data-total-minutes', String(deck.workshopMinutes))
      const rows = await table.locator('tbody tr').evaluateAll(trs => trs.map(tr => Number(tr.getAttribute('data-minutes'))))
      expect(rows.reduce((a, b) => a + b, 0), name).toBe(deck.workshopMinutes)
      expect(rows, name).toEqual(deck.agenda.parts.map(part => part.minutes))
    }
  })

  test('the PDFs are A4 with page numbers, tagged, with an outline', async () => {
    for (const name of [HANDOUT_FILES.participantPdf, HANDOUT_FILES.facilitatorPdf]) {
      const info = pdfInfo(join(out, name))
      expect(info, name).toMatch(/Page size:.*\(A4\)/)
      expect(info, name).toMatch(/Tagged:\s+yes/)
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
      expect(text[name === HANDOUT_FILES.participantPdf
        ? 'participant'
        : 'facilitator'], name).toContain(`Page ${pages} of ${pages}`)
      expect((await readFile(join(out, name))).includes('/Outlines'), `${name} has an outline`).toBe(true)
    }
  })

  test('diagrams are rendered into the HTML, which needs no script and no network', async ({ page }) => {
    const requests: string[] = []
    page.on('request', request => requests.push(request.url()))
    for (const name of [HANDOUT_FILES.participantHtml, HANDOUT_FILES.facilitatorHtml]) {
      await page.goto(pathToFileURL(join(out, name)).href)
      await expect(page.locator('pre.mermaid'), name).toHaveCount(0)
      await expect(page.locator('script'), name).toHaveCount(0)
      if (deck.slides.some(slide => slide.content.includes('```mermaid')))
        expect(await page.locator('.diagram svg').count(), name).toBeGreaterThan(0)
    }
    expect(requests.filter(url => !url.startsWith('file:'))).toEqual([])
  })

  for (const name of [HANDOUT_FILES.participantHtml, HANDOUT_FILES.facilitatorHtml]) {
    test(`axe finds no serious or critical problem in ${name}`, async ({ page }) => {
      await page.goto(pathToFileURL(join(out, name)).href)
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map(v => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    })
  }
})
