/**
 * Paper layouts built on the settled print page that the slides PDF comes from: the same slides,
 * vector and searchable, rearranged on A4 sheets before printing.
 *   handout: three slides per portrait page, each with ruled lines for notes (participants);
 *   notes:   each slide with its presenter notes under a line saying when it runs (clock, minutes,
 *            part). A slide whose notes are short shares its page with the next short one, the
 *            slide beside its notes; a slide with long notes gets a page, across the top.
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

/** Slides per sheet at most: three to a handout page, two short-noted slides to a notes page. */
export const SLIDES_PER_SHEET: Record<Exclude<PrintLayout, 'slides'>, number> = { handout: 3, notes: 2 }

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
  /** The line above each slide's notes (notes layout), e.g. "Slide 7 · 0:08 · 2 min · Part". */
  captions?: string[]
  /** 1-based numbers of the slides to print, in order (default: every slide). */
  include?: number[]
}

export interface Arranged {
  sheets: number
  /** Slides whose notes run past the bottom of their sheet (notes layout): cut on paper. */
  cutNotes: number[]
  /** The 1-based sheet each printed slide is on, by slide number. */
  sheetOf: Record<number, number>
}

/** How a slide sits on its sheet: a third (handout), half a sheet beside its notes, or a whole sheet. */
type EntryMode = 'third' | 'half' | 'full'
type Plan = { no: number, mode: EntryMode }[][]

/** The ruled lines' colour: the participant handout's (lib/handouts/handout.css, .write-line). */
const WRITE_LINE = '#6b7280'

/** What each layout is, in the running head beside the deck's title. */
const KIND_OF_SHEET: Record<Exclude<PrintLayout, 'slides'>, string> = { handout: 'Slides, with room for notes', notes: 'Presenter notes' }

/** Half of a sheet's height for one slide and its notes: the sheet less its padding, head and gaps, halved. */
const HALF_HEIGHT = Math.floor((A4.long - 84 - 25 - 2 * 22) / 2)

function css(sheet: SheetSize) {
  return `
  @page { size: ${sheet.width}px ${sheet.height}px; margin: 0; }
  html.print, html.print body { width: auto !important; height: auto !important; overflow: visible !important; background: #fff !important; }
  #app { display: none !important; }
  .paper-sheet { width: ${sheet.width}px; height: ${sheet.height}px; box-sizing: border-box; padding: 44px 48px 40px; position: relative;
    break-after: page; overflow: hidden; background: #fff; color: ${palette.light.ink}; font-family: ${type.family}; display: flex; flex-direction: column; gap: 22px; }
  .paper-head { display: flex; justify-content: space-between; font-size: 11px; color: ${palette.light.muted}; border-bottom: 1px solid ${palette.light.line}; padding-bottom: 6px; }
  .paper-entry { display: flex; gap: 24px; align-items: flex-start; min-height: 0; box-sizing: border-box; }
  .paper-slide { flex: none; position: relative; overflow: hidden; border: 1px solid ${palette.light.line}; border-radius: 4px; }
  .paper-slide > .print-slide-container { position: absolute; top: 0; left: 0; }
  /* Lines dark enough to survive a light printer, as on the participant handout's pages. */
  .paper-lines { flex: 1; align-self: stretch; background-image: linear-gradient(${WRITE_LINE} 1px, transparent 1px); background-size: 100% 28px; background-position: 0 27px; }
  .paper-no { font-size: 11px; color: ${palette.light.muted}; margin-top: 4px; }
  .paper-caption { font-size: 12px; font-weight: 700; color: ${palette.light.open}; margin: 0 0 8px; letter-spacing: 0.01em; }
  .paper-notes { font-size: 13px; line-height: 1.45; overflow: hidden; }
  .paper-notes p, .paper-notes li { margin: 0 0 6px; }
  .paper-notes ul, .paper-notes ol { padding-left: 18px; margin: 0 0 6px; }
  .paper-notes ul { list-style: disc; }
  .paper-notes ol { list-style: decimal; }
  .paper-entry.third { flex: 1; }
  .paper-entry.full { flex: 1; flex-direction: column; gap: 14px; align-items: stretch; }
  .paper-entry.full .paper-notes { flex: 1; min-height: 0; font-size: 14px; }
  /* Half a sheet: the slide floats at the top left, its notes run beside and under it. */
  .paper-entry.half { display: block; flex: 0 0 ${HALF_HEIGHT}px; overflow: hidden; }
  .paper-entry.half + .paper-entry.half { border-top: 1px solid ${palette.light.line}; padding-top: 18px; }
  .paper-entry.half .paper-figure { float: left; margin: 0 20px 10px 0; }
  /* Participants' paper never shows a sample answer, wherever a slide holds one. */
  .paper-handout-sheet [data-block="exercise-solution"] { display: none !important; }
`
}

/** Sheets of slides, each a list of entries; `sheets` of one slide alone in `mode`, or the layout's own. */
function chunk(numbers: readonly number[], size: number, mode: EntryMode): Plan {
  const plan: Plan = []
  for (let i = 0; i < numbers.length; i += size)
    plan.push(numbers.slice(i, i + size).map(no => ({ no, mode })))
  return plan
}

/** Notes pages: two short-noted slides in a row share a sheet; any other slide has one to itself. */
export function notesPlan(numbers: readonly number[], fitsHalf: ReadonlySet<number>): Plan {
  const plan: Plan = []
  for (let i = 0; i < numbers.length; i++) {
    const [no, next] = [numbers[i]!, numbers[i + 1]]
    if (fitsHalf.has(no) && next !== undefined && fitsHalf.has(next)) {
      plan.push([{ no, mode: 'half' }, { no: next, mode: 'half' }])
      i++
    }
    else {
      plan.push([{ no, mode: 'full' }])
    }
  }
  return plan
}

/** Moves the print page's slides onto A4 sheets. */
export async function arrangeSheets(page: Page, options: ArrangeOptions): Promise<Arranged> {
  const slideCount = await page.locator('.print-slide-container').count()
  const numbers = options.include ?? Array.from({ length: slideCount }, (_, i) => i + 1)
  if (options.layout === 'handout')
    return build(page, options, chunk(numbers, SLIDES_PER_SHEET.handout, 'third'))
  // Lay every slide out on half a sheet once, to see whose notes fit there; then the real sheets.
  const trial = await build(page, options, chunk(numbers, 1, 'half'))
  const overflowing = new Set(trial.cutNotes)
  return build(page, options, notesPlan(numbers, new Set(numbers.filter(no => !overflowing.has(no)))))
}

function build(page: Page, options: ArrangeOptions, plan: Plan): Promise<Arranged> {
  const { layout, title, canvas, notes, captions } = options
  return page.evaluate(({ layout, kind, title, canvas, notes, captions, css, sheet, plan }) => {
    // Runs in the page, where tsx's name-keeping helper does not exist: no named helpers here.
    document.getElementById('paper-root')?.remove()
    document.getElementById('paper-style')?.remove()
    const all = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
    const style = Object.assign(document.createElement('style'), { id: 'paper-style', textContent: css })
    document.head.append(style)
    const root = document.createElement('div')
    root.id = 'paper-root'
    document.body.append(root)
    // Slide width on paper: three rows to a page for the handout (slide text about 11 px); the
    // whole width between the margins for a notes page (about 15 px); 380 px beside short notes.
    const widths = { third: 500, full: sheet.width - 96, half: 380 }
    const sheetOf: Record<number, number> = {}
    plan.forEach((entries, s) => {
      const page = document.createElement('section')
      page.className = `paper-sheet paper-${layout}-sheet`
      const head = document.createElement('header')
      head.className = 'paper-head'
      head.append(Object.assign(document.createElement('span'), { textContent: `${title} · ${kind}` }), Object.assign(document.createElement('span'), { textContent: `${s + 1} / ${plan.length}` }))
      page.append(head)
      for (const { no, mode } of entries) {
        sheetOf[no] = s + 1
        const scale = widths[mode] / canvas.width
        const entry = document.createElement('div')
        entry.className = `paper-entry ${mode}`
        entry.dataset.slide = String(no)
        const frame = document.createElement('div')
        frame.className = 'paper-slide'
        frame.style.width = `${widths[mode]}px`
        frame.style.height = `${Math.round(canvas.height * scale)}px`
        // A static copy: Vue keeps patching the live slides (and would put them back), and a deep
        // clone leaves shadow roots behind, so Mermaid's SVG is copied over by hand.
        const slide = all[no - 1]!
        const copy = slide.cloneNode(true) as HTMLElement
        const hosts = [...slide.querySelectorAll('.mermaid')]
        copy.querySelectorAll('.mermaid').forEach((host, k) => {
          host.attachShadow({ mode: 'open' }).innerHTML = hosts[k]?.shadowRoot?.innerHTML ?? ''
        })
        // zoom, not transform: a transformed slide keeps its full size for page breaking, and
        // Chromium would push its lower table rows onto the next sheet.
        copy.style.zoom = String(scale)
        frame.append(copy)
        const figure = document.createElement('div')
        figure.className = 'paper-figure'
        figure.append(frame)
        if (layout === 'handout') {
          figure.append(Object.assign(document.createElement('div'), { className: 'paper-no', textContent: `Slide ${no}` }))
          const lines = document.createElement('div')
          lines.className = 'paper-lines'
          lines.setAttribute('aria-label', 'Lines for notes')
          entry.append(figure, lines)
        }
        else {
          const text = document.createElement('div')
          text.className = 'paper-notes'
          text.append(Object.assign(document.createElement('p'), { className: 'paper-caption', textContent: captions?.[no - 1] ?? `Slide ${no}` }))
          // Rendered by markdown-it with raw HTML disabled: the deck's own notes, escaped.
          text.insertAdjacentHTML('beforeend', notes[no - 1] ?? '')
          entry.append(figure, text)
        }
        page.append(entry)
      }
      root.append(page)
    })
    document.title = title
    // Notes that overflow: a whole-sheet slide's notes get a smaller type first, down to 11 px;
    // half-sheet notes stay at their size (the plan gives them a whole sheet instead).
    const cutNotes: number[] = []
    for (const entry of root.querySelectorAll<HTMLElement>('.paper-entry.full, .paper-entry.half')) {
      const box = entry.classList.contains('half') ? entry : entry.querySelector<HTMLElement>('.paper-notes')!
      if (entry.classList.contains('full')) {
        for (let px = 13; px >= 11 && box.scrollHeight > box.clientHeight + 1; px--)
          box.style.fontSize = `${px}px`
      }
      if (box.scrollHeight > box.clientHeight + 1)
        cutNotes.push(Number(entry.dataset.slide))
    }
    return { sheets: plan.length, cutNotes, sheetOf }
  }, { layout, kind: KIND_OF_SHEET[layout], title, canvas, notes, captions, css: css(SHEET), sheet: SHEET, plan })
}
