/**
 * What the browser tests expect, read from the deck's source (not from constants): the slides,
 * which of them hold Mermaid diagrams, and helpers to open a slide and watch what it does.
 */
import type { ConsoleMessage, Page } from '@playwright/test'
import type { Deck } from '../../lib/deck/types'
import process from 'node:process'
import { expect } from '@playwright/test'
import { readDeck } from '../../lib/deck/read-deck'

let deck: Promise<Deck> | undefined

/** The deck the served build was made from (`DECK_ENTRY`, default `slides.md`), read once. */
export function deckSource(): Promise<Deck> {
  deck ??= readDeck(process.env.DECK_ENTRY ?? 'slides.md')
  return deck
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** Whether a request stays on this machine: loopback hosts, or no host at all (data:, blob:). */
export function staysOnMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:')
    return true
  return LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost')
}

export interface PageWatch {
  consoleErrors: string[]
  pageErrors: string[]
  externalRequests: string[]
  /** Empties the lists, e.g. between slides. */
  reset: () => void
}

/** Records console errors, uncaught errors and every request that leaves the machine. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = {
    consoleErrors: [],
    pageErrors: [],
    externalRequests: [],
    reset() {
      watch.consoleErrors.length = 0
      watch.pageErrors.length = 0
      watch.externalRequests.length = 0
    },
  }
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error')
      watch.consoleErrors.push(message.text())
  })
  page.on('pageerror', error => watch.pageErrors.push(error.message))
  page.on('request', (request) => {
    if (!staysOnMachine(request.url()))
      watch.externalRequests.push(request.url())
  })
  return watch
}

/** The slide as the audience sees it. */
export function slideContent(page: Page) {
  return page.locator('#slide-content')
}

const PAGE = (no: number) => `#slide-content .slidev-page-${no}`

/** Slide `no`'s own page inside the slide container. */
export function currentSlide(page: Page, no: number) {
  return page.locator(PAGE(no))
}

/**
 * Opens slide `no` with all its click steps shown, and waits until its `diagrams` Mermaid diagrams
 * have rendered their SVG (they render asynchronously, into shadow roots).
 */
export async function openSlide(page: Page, no: number, diagrams: number): Promise<void> {
  await page.goto(`/${no}?clicks=999`)
  await expect(slideContent(page)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/${no}(\\?|$)`))
  // Slidev keeps neighbouring slides mounted (hidden) for transitions: look at this slide's page only.
  const rendered = currentSlide(page, no).locator('.mermaid')
  await expect(rendered).toHaveCount(diagrams)
  if (diagrams > 0) {
    await page.waitForFunction(selector => [...document.querySelectorAll(selector)]
      .every(el => (el.shadowRoot?.querySelector('svg')?.getBoundingClientRect().height ?? 0) > 0), `${PAGE(no)} .mermaid`)
  }
  await page.evaluate(() => document.fonts.ready)
}

export interface DiagramBox {
  /** The diagram's accessible title, from the SVG Mermaid wrote. */
  title: string
  width: number
  height: number
  /** How far the SVG sticks out of the slide, in CSS pixels (0 when fully inside). */
  overflow: number
  labels: string[]
}

/** Each rendered diagram on the current slide: its SVG's box against the slide's, and its text labels. */
export function measureDiagrams(page: Page, no: number): Promise<DiagramBox[]> {
  return page.evaluate((selector) => {
    const slide = document.querySelector('#slide-content')!.getBoundingClientRect()
    return [...document.querySelectorAll(selector)].map((host) => {
      const svg = host.shadowRoot!.querySelector('svg')!
      const box = svg.getBoundingClientRect()
      const overflow = Math.max(0, slide.left - box.left, slide.top - box.top, box.right - slide.right, box.bottom - slide.bottom)
      // Labels are SVG <text>/<tspan> or HTML in <foreignObject>, one line per text node
      // (joining an element's textContent would glue the words either side of a line break).
      const texts: string[] = []
      const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('style, title, desc'))
          continue
        const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim()
        if (text)
          texts.push(text)
      }
      return {
        title: svg.querySelector('title')?.textContent ?? '',
        width: box.width,
        height: box.height,
        overflow,
        labels: [...new Set(texts)],
      }
    })
  }, `${PAGE(no)} .mermaid`)
}
