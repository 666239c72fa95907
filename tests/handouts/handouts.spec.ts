import type { CardSet } from '../../lib/cards/schema'
import type { Exercise } from '../../lib/exercises/exercise'
import type { FactRegistry } from '../../lib/facts/registry'
import type { BuildHandoutsResult } from '../../lib/handouts/build-handouts'
import type { DeckSource } from '../../lib/handouts/deck-source'
import type { HandoutLibrary } from '../../lib/handouts/library'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { loadPollsFromDeck } from 'slidev-addon-live-polls/node/deck-source.ts'
import { licenceCardView } from '../../lib/cards/card-facts'
import { loadExercises } from '../../lib/exercises/load-exercises'
import { factsToRecheck, formatFactDate } from '../../lib/facts/registry'
import { buildHandouts, HANDOUT_FILES, splitQuestions } from '../../lib/handouts/build-handouts'
import { formatClock, parseStartTime } from '../../lib/handouts/clock'
import { loadDeckSource } from '../../lib/handouts/deck-source'
import { questionAnchors } from '../../lib/handouts/exercise-html'
import { facilitatorGuide } from '../../lib/handouts/facilitator-guide'
import { renderHtmlDocument } from '../../lib/handouts/html-document'
import { loadHandoutLibrary } from '../../lib/handouts/library'
import { escapeHtml } from '../../lib/handouts/markdown'
import { pageFill } from './page-fill'
import { normalise, probes } from './text-probes'

let out: string
let deck: DeckSource
let exercises: Exercise[]
let cards: readonly CardSet[]
let library: HandoutLibrary
let facts: FactRegistry
let built: BuildHandoutsResult
const JOIN_URL = 'http://192.168.50.7:3030/join'
const text: Record<'participant' | 'facilitator' | 'cards', string> = { participant: '', facilitator: '', cards: '' }

const pdfText = (file: string) => normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

test.describe('handouts', () => {
  test.describe.configure({ timeout: 240_000 })

  test.beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'handouts-test-'))
    built = await buildHandouts({ out, joinUrl: JOIN_URL })
    deck = await loadDeckSource()
    exercises = await loadExercises()
    library = await loadHandoutLibrary()
    cards = library.cards
    facts = library.facts
    text.participant = pdfText(join(out, HANDOUT_FILES.participantPdf))
    text.facilitator = pdfText(join(out, HANDOUT_FILES.facilitatorPdf))
    text.cards = pdfText(join(out, HANDOUT_FILES.cardsPdf))
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
        expect(html, poll.id).toContain(escapeHtml(option.label))
    }
  })

  test('the agenda plans 85 minutes and a 5-minute buffer, the workshop length, in the deck, the handout and the guide', async ({ page }) => {
    expect(deck.agenda.totalMinutes, 'planned on slides').toBe(85)
    expect(deck.agenda.bufferMinutes, 'buffer').toBe(5)
    expect(deck.agenda.workshopMinutes, 'deck agenda').toBe(deck.workshopMinutes)
    for (const name of [HANDOUT_FILES.participantHtml, HANDOUT_FILES.facilitatorHtml]) {
      await page.goto(pathToFileURL(join(out, name)).href)
      const table = page.locator('table.agenda')
      await expect(table, name).toHaveAttribute('data-total-minutes', String(deck.workshopMinutes))
      const rows = await table.locator('tbody tr[data-minutes]').evaluateAll(trs => trs.map(tr => Number(tr.getAttribute('data-minutes'))))
      const buffer = Number(await table.locator('tbody tr[data-buffer-minutes]').getAttribute('data-buffer-minutes'))
      expect(rows.reduce((a, b) => a + b, 0) + buffer, name).toBe(deck.workshopMinutes)
      expect(rows, name).toEqual(deck.agenda.parts.map(part => part.minutes))
    }
  })

  test('the PDFs are A4 with page numbers, tagged, with an outline', async () => {
    for (const name of [HANDOUT_FILES.participantPdf, HANDOUT_FILES.facilitatorPdf, HANDOUT_FILES.cardsPdf]) {
      const info = pdfInfo(join(out, name))
      expect(info, name).toMatch(/Page size:.*\(A4\)/)
      expect(info, name).toMatch(/Tagged:\s+yes/)
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
      const kind = name === HANDOUT_FILES.participantPdf ? 'participant' : name === HANDOUT_FILES.cardsPdf ? 'cards' : 'facilitator'
      expect(text[kind], name).toContain(`Page ${pages} of ${pages}`)
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

  for (const name of [HANDOUT_FILES.participantHtml, HANDOUT_FILES.facilitatorHtml, HANDOUT_FILES.cardsHtml]) {
    test(`axe finds no serious or critical problem in ${name}`, async ({ page }) => {
      await page.goto(pathToFileURL(join(out, name)).href)
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map(v => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    })
  }

  test('every question keeps its four or more ruled lines on its own page, measured in the printed PDF', async ({ page }) => {
    const anchors = exercises.flatMap(exercise => questionAnchors(exercise))
    expect(anchors.length).toBeGreaterThanOrEqual(10)
    for (const { question, end } of anchors) {
      expect(built.pages.participant[question], question).toBeGreaterThan(0)
      expect(built.pages.participant[end], `${question}: its lines are on the same page`).toBe(built.pages.participant[question])
    }
    expect(splitQuestions(exercises, built.pages.participant)).toEqual([])
    // The measurement can fail: a question whose lines end a page later is reported.
    const [first] = anchors
    expect(splitQuestions(exercises, { ...built.pages.participant, [first!.end]: built.pages.participant[first!.question]! + 1 })).toEqual([expect.stringContaining('question 1 is on page')])

    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.participantHtml)).href)
    const lines = await page.locator('.question .write-lines').evaluateAll(blocks => blocks.map(block => ({
      count: block.querySelectorAll('.write-line').length,
      colour: getComputedStyle(block.querySelector('.write-line')!).borderBottomColor,
      width: Number.parseFloat(getComputedStyle(block.querySelector('.write-line')!).borderBottomWidth),
    })))
    expect(lines.length).toBe(anchors.length)
    for (const line of lines) {
      expect(line.count).toBeGreaterThanOrEqual(4)
      expect(line.width).toBeGreaterThanOrEqual(1)
      // Dark enough to survive a light printer: each channel at most 0x80.
      const channels = line.colour.match(/\d+/g)!.slice(0, 3).map(Number)
      expect(Math.max(...channels), line.colour).toBeLessThanOrEqual(128)
    }
  })

  test('the exit ticket has lines for each of its three answers, one per learning objective', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.participantHtml)).href)
    const ticket = page.locator('[data-exercise-id="exit-ticket"] .question')
    await expect(ticket).toHaveCount(3)
    await expect(page.locator('#objectives [data-objective]')).toHaveCount(3)
    await expect(page.locator('[data-exercise-id="exit-ticket"] .question .write-line')).toHaveCount(12)
  })

  test('the cover has the join address and a QR code; the contents give each section\'s printed page', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.participantHtml)).href)
    await expect(page.locator('.cover-join')).toContainText(JOIN_URL)
    await expect(page.locator('.cover-join-qr svg')).toHaveCount(1)
    expect(pdfText(join(out, HANDOUT_FILES.participantPdf)).slice(0, 800)).toContain(JOIN_URL)
    const entries = await page.locator('.toc li a').evaluateAll(links => links.map(link => ({
      id: link.getAttribute('href')!.slice(1),
      title: link.querySelector('.toc-title')!.textContent!,
      page: Number(link.querySelector('.toc-page')!.textContent),
    })))
    for (const entry of entries) {
      expect(entry.page, entry.title).toBe(built.pages.participant[entry.id])
      // The page the contents promise holds the section's heading.
      const pageText = normalise(execFileSync('pdftotext', ['-f', String(entry.page), '-l', String(entry.page), '-enc', 'UTF-8', join(out, HANDOUT_FILES.participantPdf), '-'], { encoding: 'utf8' }))
      expect(pageText, `${entry.title} on page ${entry.page}`).toContain(normalise(entry.title))
    }
  })

  test('every card of every set is printed, six at most per page, none cut off, each marked with its set', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.cardsHtml)).href)
    for (const set of cards) {
      await expect(page.locator(`.cut-card[data-card]`).and(page.locator(`[data-card-set="${set.id}"] .cut-card`)), set.id).toHaveCount(set.cards.length)
      for (const sheet of await page.locator(`.card-sheet[data-card-set="${set.id}"]`).all())
        expect(await sheet.locator('.cut-card').count()).toBeLessThanOrEqual(6)
      // Once cut, a card still says which set it is from and where in it: a band with the set's name and number.
      const bands = await page.locator(`[data-card-set="${set.id}"] .cut-card .card-band`).allTextContents()
      expect(bands, set.id).toEqual(set.cards.map((_, index) => `${set.title}${index + 1}/${set.cards.length}`))
    }
    const colours = await page.locator('.card-sheet').evaluateAll(sheets => [...new Set(sheets.map(sheet => getComputedStyle(sheet.querySelector('.card-band')!).backgroundColor))])
    expect(colours, 'one band colour per set').toHaveLength(cards.length)
    await page.emulateMedia({ media: 'print' })
    const clipped = await page.locator('.cut-card-body').evaluateAll(bodies => bodies.filter(body => body.scrollHeight > body.clientHeight + 1).map(body => body.closest('[data-card]')!.getAttribute('data-card')))
    expect(clipped).toEqual([])
    for (const set of cards) {
      for (const card of set.cards)
        // pdftotext joins words hyphenated at a line end ("gpt-oss" may come out as "gptoss").
        expect(text.cards.replace(/[-\s]/g, ''), `${set.id}/${card.id}`).toContain(('release' in card ? licenceCardView(card, facts)!.licence.name : 'term' in card ? card.term : card.title).replace(/[-\s]/g, ''))
    }
  })

  test('on US Letter too, each exercise fits one page and each card sheet one page, no card cut off', async ({ page }) => {
    const letter = await mkdtemp(join(tmpdir(), 'handouts-letter-'))
    try {
      const onLetter = await buildHandouts({ out: letter, paper: 'letter' })
      for (const exercise of exercises)
        expect(onLetter.pages.participant[questionAnchors(exercise).at(-1)!.end], exercise.file).toBe(onLetter.pages.participant[`exercise-${exercise.id}`])
      expect(pdfInfo(join(letter, HANDOUT_FILES.cardsPdf))).toMatch(/Page size:.*\(letter\)/)
      await page.goto(pathToFileURL(join(letter, HANDOUT_FILES.cardsHtml)).href)
      await page.emulateMedia({ media: 'print' })
      const sheets = await page.locator('.card-sheet').count()
      expect(Number(/Pages:\s+(\d+)/.exec(pdfInfo(join(letter, HANDOUT_FILES.cardsPdf)))?.[1]), 'the key, then one page per sheet').toBe(sheets + 1)
      const clipped = await page.locator('.cut-card-body').evaluateAll(bodies => bodies.filter(body => body.scrollHeight > body.clientHeight + 1).map(body => body.closest('[data-card]')!.getAttribute('data-card')))
      expect(clipped).toEqual([])
    }
    finally {
      await rm(letter, { recursive: true, force: true })
    }
  })

  test('card text is readable from across a table: 12 pt or more, but for the source lines', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.cardsHtml)).href)
    await page.emulateMedia({ media: 'print' })
    const sizes = await page.locator('.cut-card-body').evaluateAll(bodies => bodies.flatMap(body => [...body.querySelectorAll<HTMLElement>('*')]
      .filter(el => !el.closest('.card-source, .card-version') && [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
      .map(el => ({ card: body.closest('[data-card]')!.getAttribute('data-card'), px: Number.parseFloat(getComputedStyle(el).fontSize) }))))
    expect(sizes.length).toBeGreaterThan(50)
    // 12 pt is 16 CSS px.
    expect(sizes.filter(size => size.px < 16)).toEqual([])
  })

  test('no sample answer from the cards reaches the participant handout or the card sheets', () => {
    for (const set of cards) {
      if (set.kind !== 'scenario')
        continue
      for (const card of set.cards) {
        expect(text.participant).not.toContain(normalise(card.why).slice(0, 60))
        expect(text.cards).not.toContain(normalise(card.why).slice(0, 60))
        expect(text.facilitator).toContain(normalise(card.why).slice(0, 40))
      }
    }
    expect(text.participant).not.toMatch(/Sample answer|Facilitator notes/)
  })

  test('the guide runs in order with clock times, real ones with a start time, and names no repository file', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.facilitatorHtml)).href)
    const order = await page.locator('[data-clock][data-slide]').evaluateAll(items => items.map(item => ({ slide: Number(item.getAttribute('data-slide')), clock: item.getAttribute('data-clock')! })))
    expect(order.length).toBeGreaterThan(30)
    const minutes = (clock: string) => clock.split(':').map(Number).reduce((h, m) => h * 60 + m)
    for (let i = 1; i < order.length; i++) {
      expect(order[i]!.slide, 'slides in running order').toBeGreaterThan(order[i - 1]!.slide)
      expect(minutes(order[i]!.clock)).toBeGreaterThanOrEqual(minutes(order[i - 1]!.clock))
    }
    const parts = await page.locator('section[id^="part-"] h2').allTextContents()
    expect(parts.map(title => title.split(' ')[0])).toEqual(deck.agenda.parts.map(part => `${Math.floor(part.startsAt / 60)}:${String(part.startsAt % 60).padStart(2, '0')}`))
    const sections = await page.locator('main > section').evaluateAll(all => all.map(section => section.id))
    expect(sections.slice(0, 5)).toEqual(['run-sheet', 'recheck', 'preparation', 'objectives', 'agenda'])
    // Every exercise and poll sits inside the part where it happens.
    for (const exercise of exercises)
      await expect(page.locator(`section[id^="part-"] [data-exercise-id="${exercise.id}"] [data-block="exercise-solution"]`), exercise.id).toHaveCount(1)
    expect(text.facilitator).not.toMatch(/\b(?:exercises|pages|lib|content)\/[\w./-]+|\.(?:md|ts|yaml)\b/)

    const polls = await loadPollsFromDeck()
    const at14 = renderHtmlDocument(facilitatorGuide(deck, exercises, polls, library, { start: parseStartTime('14:00') }), '')
    await page.setContent(at14)
    await expect(page.locator('section[id^="part-"] h2').first()).toHaveText(/^14:00 /)
    await expect(page.locator('section[id^="part-"] h2').last()).toHaveText(new RegExp(`^${formatClock(deck.agenda.parts.at(-1)!.startsAt, parseStartTime('14:00'))} `))
  })

  test('the guide never repeats a sentence, except the fact records and the run sheet\'s quotes it prints on purpose', () => {
    // A record's claim is on the re-check page, beside an FAQ answer and in the notes where it is used.
    const claims = facts.facts.flatMap(fact => normalise(fact.claim).split(/(?<=[.!?])\s+/))
    const fromRecords = (sentence: string) => claims.some(claim => sentence.includes(claim) || claim.includes(sentence))
    // The run sheet quotes each part's opening words on its one page; the rest of the guide is read once.
    const runSheet = built.pages.facilitator['run-sheet']!
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, HANDOUT_FILES.facilitatorPdf), '-'], { encoding: 'utf8' }).split('\f')
    const guide = normalise(pages.filter((_, index) => index + 1 !== runSheet).join(' '))
    const sentences = guide.split(/(?<=[.!?])\s+/).map(s => s.trim()).filter(s => s.split(' ').length >= 8 && !fromRecords(s))
    const seen = new Set<string>()
    const repeated = sentences.filter(s => seen.has(s) || !seen.add(s))
    expect(repeated).toEqual([])
  })

  test('the contents give every section a whole number and a whole page number, on the first page', async () => {
    for (const [name, kind, html] of [[HANDOUT_FILES.participantPdf, 'participant', HANDOUT_FILES.participantHtml], [HANDOUT_FILES.facilitatorPdf, 'facilitator', HANDOUT_FILES.facilitatorHtml]] as const) {
      const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', '-enc', 'UTF-8', join(out, name), '-'], { encoding: 'utf8' })
      const lines = first.split('\n').map(line => line.trim())
      const ids = [...(await readFile(join(out, html), 'utf8')).matchAll(/data-toc-page="([\w-]+)"/g)].map(match => match[1]!)
      expect(ids.length, name).toBeGreaterThanOrEqual(10)
      ids.forEach((id, index) => {
        const entry = lines.find(line => line.startsWith(`${index + 1} `) && line.endsWith(` ${built.pages[kind][id]}`))
        expect(entry, `${name}: contents entry ${index + 1} (${id}) reads "${index + 1} <title> ${built.pages[kind][id]}"`).toBeTruthy()
      })
    }
  })

  test('no page of the handout or the guide is mostly empty, but the last', () => {
    for (const name of [HANDOUT_FILES.participantPdf, HANDOUT_FILES.facilitatorPdf]) {
      const fill = pageFill(join(out, name))
      // A third at least: a short section may end a page, but no page holds a line or two.
      for (const { page, reach } of fill.slice(0, -1))
        expect.soft(reach, `${name} page ${page}: content stops at ${Math.round(reach * 100)}%`).toBeGreaterThan(1 / 3)
    }
  })

  test('each exercise fits one page of the participant handout, its questions and lines included', () => {
    for (const exercise of exercises) {
      const start = built.pages.participant[`exercise-${exercise.id}`]
      const last = questionAnchors(exercise).at(-1)!.end
      expect(built.pages.participant[last], `${exercise.file}: last question's lines on the exercise's first page`).toBe(start)
    }
  })

  test('the guide opens with a one-page run sheet derived from the deck: every part with its time, slides and what to say', async ({ page }) => {
    const start = built.pages.facilitator['run-sheet']!
    expect(built.pages.facilitator['run-sheet-end'], 'the run sheet fits one page').toBe(start)
    expect(built.pages.facilitator.recheck, 'the next section starts on the next page').toBe(start + 1)
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.facilitatorHtml)).href)
    const rows = page.locator('#run-sheet table.run-sheet tbody tr')
    await expect(rows).toHaveCount(deck.agenda.parts.length)
    for (const [index, part] of deck.agenda.parts.entries()) {
      const row = rows.nth(index)
      await expect(row.locator('.run-time strong')).toHaveText(formatClock(part.startsAt))
      await expect(row.locator('.run-part')).toContainText(part.title)
      await expect(row.locator('.run-time')).toContainText(`${part.minutes} min`)
    }
    // Each exercise's own "Say aloud" words and its card sets are on its row.
    for (const exercise of exercises) {
      const row = page.locator('#run-sheet tbody tr', { hasText: `Exercise ${exercise.number}:` })
      const aloud = exercise.notes.map(note => /Say aloud:\s*"([^"]+)"/.exec(note)?.[1]).find(Boolean)
      if (aloud)
        await expect(row.locator('.run-say')).toContainText(aloud.split(/(?<=[.!?])\s/)[0]!.slice(0, 40))
      for (const id of exercise.materials.flatMap(material => typeof material === 'string' ? [] : [material.cards]))
        await expect(row.locator('.run-materials')).toContainText(cards.find(set => set.id === id)!.title)
    }
  })

  test('the guide names every slide and draws its tick boxes', async ({ page }) => {
    expect(text.facilitator).not.toContain('(untitled)')
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.facilitatorHtml)).href)
    const headings = await page.locator('.slide-notes h3').allTextContents()
    for (const heading of headings)
      expect(heading, 'a slide heading names the slide').toMatch(/Slide \d+: \S/)
    await expect(page.locator('.checklist input')).toHaveCount(0)
    const boxes = page.locator('.checklist .tick-box')
    expect(await boxes.count()).toBeGreaterThan(8)
    const box = await boxes.first().evaluate(el => ({ width: el.getBoundingClientRect().width, border: getComputedStyle(el).borderTopWidth }))
    expect(box.width).toBeGreaterThan(8)
    expect(Number.parseFloat(box.border)).toBeGreaterThanOrEqual(1)
    // A slide's kind is said once: no "scale poll · 2 min" under a "2 min · poll" line.
    await expect(page.locator('.slide-notes .poll-kind')).toHaveCount(0)
  })

  test('after the run sheet, the guide gives one page of facts to re-check, most volatile first, each with its source and check date', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.facilitatorHtml)).href)
    await expect(page.locator('main > section').nth(1)).toHaveAttribute('id', 'recheck')
    const rows = await page.locator('#recheck table.recheck tbody tr').evaluateAll(trs => trs.map(tr => ({ id: tr.getAttribute('data-fact'), cells: [...tr.querySelectorAll('td')].map(td => td.textContent!.replace(/\s+/g, ' ').trim()) })))
    const expected = factsToRecheck(facts.facts)
    expect(rows.map(row => row.id)).toEqual(expected.map(fact => fact.id))
    expect(rows.length).toBeGreaterThanOrEqual(10)
    expected.forEach((fact, index) => {
      expect(rows[index]!.cells[0]).toContain(normalise(fact.claim))
      expect(rows[index]!.cells[1]).toContain(fact.source.publisher)
      expect(rows[index]!.cells[2]).toBe(formatFactDate(fact.checkedOn))
    })
    // One printed page: the next section starts on the following page.
    const recheck = built.pages.facilitator.recheck!
    expect(built.pages.facilitator.preparation, 'the re-check list fits one page').toBe(recheck + 1)
    const pageText = normalise(execFileSync('pdftotext', ['-f', String(recheck), '-l', String(recheck), '-enc', 'UTF-8', join(out, HANDOUT_FILES.facilitatorPdf), '-'], { encoding: 'utf8' }))
    expect(pageText).toContain('Before you present: re-check these facts')
    expect(pageText).toContain(normalise(expected.at(-1)!.claim).slice(0, 50))
  })

  test('the guide answers the questions a room asks, each with the fact records it rests on', async ({ page }) => {
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.facilitatorHtml)).href)
    expect(library.faq.length).toBeGreaterThanOrEqual(10)
    for (const question of library.faq) {
      const article = page.locator(`#faq [data-faq="${question.id}"]`)
      await expect(article.locator('h3')).toHaveText(question.question)
      await expect(article.locator('.faq-facts li')).toHaveCount(question.facts.length)
      for (const id of question.facts)
        await expect(article.locator('.faq-facts')).toContainText(normalise(facts.get(id).claim).slice(0, 60))
    }
  })

  test('both handouts say who the workshop is for, and the participant handout ends with every source the facts rest on', async ({ page }) => {
    expect(text.participant).toContain('For people who choose, buy or advise on AI tools at work')
    expect(text.facilitator).toContain('For people who choose, buy or advise on AI tools at work')
    await page.goto(pathToFileURL(join(out, HANDOUT_FILES.participantHtml)).href)
    await expect(page.locator('main > section').last()).toHaveAttribute('id', 'sources')
    for (const fact of facts.facts)
      await expect(page.locator('#sources'), fact.id).toContainText(fact.source.title)
  })

  test('the card sets an exercise lists appear on its slide, from the same data', async ({ page }) => {
    for (const exercise of exercises) {
      const sets = exercise.materials.flatMap(material => typeof material === 'string' ? [] : [material.cards])
      const shown = sets.filter(id => cards.find(set => set.id === id)?.kind !== 'term')
      if (!shown.length)
        continue
      const first = deck.slides.find(slide => slide.file === exercise.file)!.number
      await page.goto(`/${first}`)
      for (const id of shown) {
        const set = cards.find(s => s.id === id)!
        const onSlide = page.locator(`.slidev-page-${first} [data-card-set="${id}"] [data-card]`)
        await expect(onSlide, `${exercise.file}: ${id}`).toHaveCount(set.cards.length)
        expect(await onSlide.evaluateAll(items => items.map(item => item.getAttribute('data-card')))).toEqual(set.cards.map(card => card.id))
      }
    }
  })
})
