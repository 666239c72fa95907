/**
 * Paper layouts built on the settled print page that the slides PDF comes from: the same slides,
 * vector and searchable, rearranged on A4 sheets before printing.
 *   handout: three slides per portrait page, each with ruled lines for notes (participants);
 *   notes:   one slide per portrait page, across the top, its presenter notes below (facilitators).
 * Both are A4 portrait: a landscape notes page left half the sheet empty under a half-width slide.
 */
import type { Page } from 'playwright-core'
import MarkdownIt from 'markdown-it'
import { palette, type } from '../../lib/design/tokens'

export type PrintLayout = 'slides' | 'handout' | 'notes'

/** A4 in CSS px (96 dpi). */
const A4 = { short: 794, long: 1123 }

export interface SheetSize {
  width: number
  height: number
}

/** The paper layouts' sheet: A4 portrait. */
export const SHEET: SheetSize = { width: A4.short, height: A4.long }

export const SLIDES_PER_SHEET: Record<Exclude<PrintLayout, 'slides'>, number> = { handout: 3, notes: 1 }

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true })

/** Presenter notes as HTML (Markdown rendered, raw HTML escaped). */
export function notesHtml(note: string | undefined): string {
  return markdown.render(note ?? '')
}

export interface ArrangeOptions {
  layout: Exclude<PrintLayout, 'slides'>
  title: string
  canvas: SheetSize
  /** Rendered notes per slide, in slide order (notes layout). */
  notes: string[]
  /** 1-based numbers of the slides to print, in order (default: every slide). */
  include?: number[]
}

export interface Arranged {
  sheets: number
  /** Slides whose notes run past the bottom of their sheet (notes layout): cut on paper. */
  cutNotes: number[]
}

/** Moves the print page's slides onto A4 sheets. */
export function arrangeSheets(page: Page, options: ArrangeOptions): Promise<Arranged> {
  const sheet = SHEET
  const css = `
    @page { size: ${sheet.width}px ${sheet.height}px; margin: 0; }
    html.print, html.print body { width: auto !important; height: auto !important; overflow: visible !important; background: #fff !important; }
    #app { display: none !important; }
    .paper-sheet { width: ${sheet.width}px; height: ${sheet.height}px; box-sizing: border-box; padding: 44px 48px 40px; position: relative;
      break-after: page; overflow: hidden; background: #fff; color: ${palette.light.ink}; font-family: ${type.family}; display: flex; flex-direction: column; gap: 22px; }
    .paper-head { display: flex; justify-content: space-between; font-size: 11px; color: ${palette.light.muted}; border-bottom: 1px solid ${palette.light.line}; padding-bottom: 6px; }
    .paper-row { display: flex; gap: 24px; align-items: flex-start; }
    .paper-slide { flex: none; position: relative; overflow: hidden; border: 1px solid ${palette.light.line}; border-radius: 4px; }
    .paper-slide > .print-slide-container { position: absolute; top: 0; left: 0; }
    .paper-lines { flex: 1; align-self: stretch; background-image: linear-gradient(${palette.light.line} 1px, transparent 1px); background-size: 100% 28px; background-position: 0 27px; }
    .paper-notes { flex: 1; min-height: 0; font-size: 14px; line-height: 1.45; overflow: hidden; }
    .paper-notes-sheet .paper-row { flex: 1; min-height: 0; flex-direction: column; gap: 18px; align-items: stretch; }
    .paper-notes p, .paper-notes li { margin: 0 0 6px; }
    .paper-notes ul, .paper-notes ol { padding-left: 18px; margin: 0 0 6px; }
    .paper-notes ul { list-style: disc; }
    .paper-notes ol { list-style: decimal; }
    .paper-handout-sheet .paper-row { flex: 1; }
    .paper-handout-sheet .paper-lines { align-self: stretch; }
    .paper-no { font-size: 11px; color: ${palette.light.muted}; margin-top: 4px; }
    /* Participants' paper never shows a sample answer, wherever a slide holds one. */
    .paper-handout-sheet [data-block="exercise-solution"] { display: none !important; }
  `
  return page.evaluate(({ layout, title, canvas, notes, css, sheet, perSheet, include }) => {
    const all = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
    const numbers = include ?? all.map((_, i) => i + 1)
    const slides = numbers.map(no => all[no - 1]!)
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
    const root = document.createElement('div')
    root.id = 'paper-root'
    document.body.append(root)
    // Slide width on paper: three rows to a page for the handout (slide text about 11 px); the
    // whole width between the margins for notes (about 15 px).
    const width = layout === 'handout' ? 500 : sheet.width - 96
    const scale = width / canvas.width
    const height = Math.round(canvas.height * scale)
    const sheets = Math.ceil(slides.length / perSheet)
    for (let s = 0; s < sheets; s++) {
      const page = document.createElement('section')
      page.className = `paper-sheet paper-${layout}-sheet`
      const head = document.createElement('header')
      head.className = 'paper-head'
      head.append(Object.assign(document.createElement('span'), { textContent: title }), Object.assign(document.createElement('span'), { textContent: `${s + 1} / ${sheets}` }))
      page.append(head)
      slides.slice(s * perSheet, (s + 1) * perSheet).forEach((slide, i) => {
        // The slide's number in the deck, as the projector shows it, even when some are left out.
        const no = numbers[s * perSheet + i]!
        const row = document.createElement('div')
        row.className = 'paper-row'
        const frame = document.createElement('div')
        frame.className = 'paper-slide'
        frame.style.width = `${width}px`
        frame.style.height = `${height}px`
        // A static copy: Vue keeps patching the live slides (and would put them back), and a deep
        // clone leaves shadow roots behind, so Mermaid's SVG is copied over by hand.
        const copy = slide.cloneNode(true) as HTMLElement
        const hosts = [...slide.querySelectorAll('.mermaid')]
        copy.querySelectorAll('.mermaid').forEach((host, k) => {
          host.attachShadow({ mode: 'open' }).innerHTML = hosts[k]?.shadowRoot?.innerHTML ?? ''
        })
        // zoom, not transform: a transformed slide keeps its full size for page breaking, and
        // Chromium would push its lower table rows onto the next sheet.
        copy.style.zoom = String(scale)
        frame.append(copy)
        const left = document.createElement('div')
        left.append(frame, Object.assign(document.createElement('div'), { className: 'paper-no', textContent: `Slide ${no}` }))
        const right = document.createElement('div')
        if (layout === 'handout') {
          right.className = 'paper-lines'
          right.setAttribute('aria-label', 'Lines for notes')
        }
        else {
          right.className = 'paper-notes'
          // Rendered by markdown-it with raw HTML disabled: the deck's own notes, escaped.
          right.innerHTML = notes[no - 1] ?? ''
        }
        row.append(left, right)
        page.append(row)
      })
      root.append(page)
    }
    document.title = title
    // Long notes get a smaller type, down to 11 px, before any is cut off. (No named helper
    // here: this function runs in the page, where tsx's name-keeping helper does not exist.)
    const cutNotes = [...root.querySelectorAll<HTMLElement>('.paper-notes')].map((notes, i) => {
      for (let px = 13; px >= 11 && notes.scrollHeight > notes.clientHeight + 1; px--)
        notes.style.fontSize = `${px}px`
      return notes.scrollHeight > notes.clientHeight + 1 ? numbers[i]! : 0
    }).filter(no => no > 0)
    return { sheets, cutNotes }
  }, { ...options, css, sheet, perSheet: SLIDES_PER_SHEET[options.layout] })
}
