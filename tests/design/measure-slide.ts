/**
 * Measures one rendered slide as the room sees it on the 1280x720 canvas: the smallest text
 * (HTML text and Mermaid's SVG labels, scaled as drawn), anything outside the canvas, and text
 * boxes that overlap. Runs inside the page (serialisable, no imports).
 */
import type { Page } from '@playwright/test'

export interface TextSample {
  text: string
  px: number
  /** 'table' cells, Mermaid 'diagram' labels, 'fine' print (captions marked .fine), or 'body'. */
  kind: 'table' | 'diagram' | 'fine' | 'body'
}

export interface SlideMeasure {
  smallest: Record<TextSample['kind'], TextSample | null>
  outside: string[]
  overlaps: string[]
}

export function measureSlide(page: Page, no: number): Promise<SlideMeasure> {
  return page.evaluate((no) => {
    const root = document.querySelector(`#slide-content .slidev-page-${no}`) as HTMLElement
    const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
    const scale = canvas.width / 1280
    const smallest: Record<string, { text: string, px: number, kind: string } | null> = { table: null, diagram: null, fine: null, body: null }
    const outside: string[] = []
    const overlaps: string[] = []
    const boxes: { rect: DOMRect, node: Node, text: string }[] = []
    const visible = (el: Element) => {
      // Controls that fade in on hover or focus count as hidden while faded out.
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return false
      return !el.closest('.sr-only, [aria-hidden="true"] .sr-only, .slidev-vclick-hidden')
    }
    const note = (kind: string, text: string, px: number) => {
      const current = smallest[kind]
      if (!current || px < current.px)
        smallest[kind] = { text: text.slice(0, 40), px: Math.round(px * 10) / 10, kind }
    }
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`

    // HTML text, one sample per text node.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim()
      const el = node.parentElement
      if (!text || !el || el.closest('style, script, .mermaid') || !visible(el))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
      if (!rects.length)
        continue
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale
      note(el.closest('table') ? 'table' : el.closest('.fine') ? 'fine' : 'body', text, px)
      for (const rect of rects) {
        boxes.push({ rect, node, text })
        if (rect.left < canvas.left - 1 || rect.top < canvas.top - 1 || rect.right > canvas.right + 1 || rect.bottom > canvas.bottom + 1)
          outside.push(`"${text.slice(0, 30)}" (${name(el)})`)
      }
    }
    // Boxes that are not text (images, QR codes, bars) must stay inside too.
    for (const el of root.querySelectorAll('img, svg, .mermaid, [class*="bar"], figure, table')) {
      const rect = el.getBoundingClientRect()
      if (rect.width && rect.height && visible(el) && (rect.left < canvas.left - 1 || rect.top < canvas.top - 1 || rect.right > canvas.right + 1 || rect.bottom > canvas.bottom + 1))
        outside.push(name(el))
    }
    // Mermaid labels: font size times the SVG's drawn scale.
    for (const host of root.querySelectorAll('.mermaid')) {
      const svg = host.shadowRoot?.querySelector('svg')
      if (!svg)
        continue
      const view = svg.viewBox.baseVal
      const drawn = svg.getBoundingClientRect()
      const svgScale = view && view.width ? drawn.width / view.width : 1
      const labels = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT)
      for (let node = labels.nextNode(); node; node = labels.nextNode()) {
        const text = (node.nodeValue ?? '').trim()
        const el = node.parentElement
        if (!text || !el || el.closest('style, title, desc'))
          continue
        note('diagram', text, Number.parseFloat(getComputedStyle(el).fontSize) * svgScale)
      }
    }
    // A diagram's box must not run into the slide's text (a diagram too tall for its slide is
    // centred over the title).
    for (const host of root.querySelectorAll('.mermaid')) {
      const svg = host.shadowRoot?.querySelector('svg')?.getBoundingClientRect()
      if (!svg)
        continue
      for (const box of boxes) {
        const w = Math.min(svg.right, box.rect.right) - Math.max(svg.left, box.rect.left)
        const h = Math.min(svg.bottom, box.rect.bottom) - Math.max(svg.top, box.rect.top)
        if (w > 2 && h > 2)
          overlaps.push(`diagram / "${box.text.slice(0, 24)}"`)
      }
    }
    // Two different text nodes whose line boxes overlap by more than a sliver.
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        if (a.node === b.node)
          continue
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
        if (w > 2 && h > Math.min(a.rect.height, b.rect.height) * 0.25)
          overlaps.push(`"${a.text.slice(0, 24)}" / "${b.text.slice(0, 24)}"`)
      }
    }
    return { smallest, outside: [...new Set(outside)], overlaps: [...new Set(overlaps)] } as SlideMeasure
  }, no)
}
