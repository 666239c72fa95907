/**
 * The addon's look: its own CSS custom properties (`--lp-accent`, `--lp-fs-body`...), with defaults
 * here that any deck may map to its palette. Slides: the addon's stylesheet sets these defaults at
 * zero specificity (`:where(:root)`), so a deck's own `:root { --lp-accent: var(--brand) }` wins
 * whatever the order. Phone pages and the report: the deck's theme module (headmatter
 * `livePolls.theme`) overrides them before the page is made.
 *
 * Roles, not hues: `accent` is the addon's main colour (open voting, the correct answer unless
 * `correct` says otherwise, a pinned question); `warn` marks errors, a fall in a round comparison
 * and a full room; `highlight` the results dot, the round label and the discussion hint. An option
 * whose frontmatter declares `meaning: x` is drawn in `--lp-meaning-x`, which the deck defines.
 */

export interface LivePalette {
  accent: string
  accentSoft: string
  /** The correct quiz answer (the accent when absent). */
  correct?: string
  warn: string
  warnSoft: string
  highlight: string
  highlightSoft: string
  ink: string
  muted: string
  surface: string
  raised: string
  line: string
  /** Text on the accent (buttons, filled badges). */
  onAccent: string
  /** A results bar whose option declares no meaning. */
  bar: string
  /** A five-point scale, "Strongly disagree" to "Strongly agree". */
  scale: readonly [string, string, string, string, string]
  /** Colours of option meanings declared in poll frontmatter (`meaning: open` → `meanings.open`). */
  meanings: Record<string, string>
}

export interface LiveTheme {
  light: LivePalette
  dark: LivePalette
  font: string
  mono: string
}

/** A deck's theme module: any part of a theme, merged over the defaults. */
export interface LiveThemeInput {
  light?: Partial<LivePalette>
  dark?: Partial<LivePalette>
  font?: string
  mono?: string
}

export const DEFAULT_THEME: LiveTheme = {
  light: {
    accent: '#0f766e',
    accentSoft: '#ccfbf1',
    warn: '#b91c1c',
    warnSoft: '#fee2e2',
    highlight: '#6d28d9',
    highlightSoft: '#ede9fe',
    ink: '#1f2937',
    muted: '#4b5563',
    surface: '#ffffff',
    raised: '#f3f4f6',
    line: '#d1d5db',
    onAccent: '#ffffff',
    bar: '#64748b',
    scale: ['#60a5fa', '#3b82f6', '#2563eb', '#1d4ed8', '#1e3a8a'],
    meanings: {},
  },
  dark: {
    accent: '#5eead4',
    accentSoft: '#134e4a',
    warn: '#fca5a5',
    warnSoft: '#450a0a',
    highlight: '#c4b5fd',
    highlightSoft: '#2e1065',
    ink: '#f3f4f6',
    muted: '#d1d5db',
    surface: '#121212',
    raised: '#1f2937',
    line: '#4b5563',
    onAccent: '#111827',
    bar: '#94a3b8',
    scale: ['#1d4ed8', '#2563eb', '#3b82f6', '#93c5fd', '#dbeafe'],
    meanings: {},
  },
  // The face the phone pages get from the poll server (server/phone-font.ts); slides use the deck's.
  font: '\'Inter Variable\', system-ui, sans-serif',
  mono: 'ui-monospace, monospace',
}

/** Sizes in px on Slidev's 1280x720 canvas: projector minimums (body 28, small 24, bars 44). */
export const SIZES = {
  fsSmall: 24,
  fsBody: 28,
  fsLead: 32,
  label: 28,
  barThickness: 44,
  joinAddress: 40,
  qrOpen: 280,
  qrSmall: 140,
  spXs: 6,
  spSm: 12,
  spMd: 20,
  spLg: 32,
  spXl: 48,
} as const

export function mergeTheme(input: LiveThemeInput = {}): LiveTheme {
  const palette = (base: LivePalette, over: Partial<LivePalette> = {}): LivePalette => ({
    ...base,
    ...over,
    meanings: { ...base.meanings, ...over.meanings },
  })
  return {
    light: palette(DEFAULT_THEME.light, input.light),
    dark: palette(DEFAULT_THEME.dark, input.dark),
    font: input.font ?? DEFAULT_THEME.font,
    mono: input.mono ?? DEFAULT_THEME.mono,
  }
}

const kebab = (name: string) => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)

function paletteVars(p: LivePalette): string {
  const { scale, meanings, correct, ...colours } = p
  return [
    ...Object.entries(colours).map(([name, value]) => `--lp-${kebab(name)}: ${value};`),
    `--lp-correct: ${correct ?? 'var(--lp-accent)'};`,
    ...scale.map((value, i) => `--lp-scale-${i + 1}: ${value};`),
    ...Object.entries(meanings).map(([name, value]) => `--lp-meaning-${name}: ${value};`),
  ].join(' ')
}

function sizeVars(theme: LiveTheme): string {
  return [
    `--lp-font: ${theme.font};`,
    `--lp-font-mono: ${theme.mono};`,
    ...Object.entries(SIZES).map(([name, px]) => `--lp-${kebab(name)}: ${px}px;`),
  ].join(' ')
}

export interface ThemeCssOptions {
  /** Slidev's `html.dark` class (slides), the reader's system setting (phone pages), or none (paper). */
  dark: 'class' | 'media' | 'none'
  /** `:where(:root)` for defaults a page's own `:root` may override; `:root` to impose them. */
  selector?: ':root' | ':where(:root)'
}

/** The theme as the addon's CSS custom properties. */
export function themeCss(theme: LiveTheme, { dark, selector = ':root' }: ThemeCssOptions): string {
  const light = `${selector} { ${paletteVars(theme.light)} ${sizeVars(theme)} }`
  if (dark === 'class')
    return `${light}\n${selector === ':root' ? 'html.dark' : ':where(html.dark)'} { ${paletteVars(theme.dark)} }`
  if (dark === 'media')
    return `${light}\n${selector} { color-scheme: light dark; }\n@media (prefers-color-scheme: dark) { ${selector} { ${paletteVars(theme.dark)} } }`
  return light
}
