/**
 * The kit's design tokens, declared once: colours with their meaning, the type scale and the
 * spacing. Slides (styles/index.ts), Mermaid (setup/mermaid.ts), the /join page and the handouts
 * all read this module; `tokensCss()` turns it into CSS custom properties for the stylesheets.
 *
 * Meaning: open = teal, closed = amber, hybrid = violet. The strong colour of each is a text
 * colour on the surface (WCAG AA, see tokens.test.ts); the soft colour is a fill behind ink.
 */

export interface Palette {
  open: string
  openSoft: string
  closed: string
  closedSoft: string
  hybrid: string
  hybridSoft: string
  ink: string
  muted: string
  surface: string
  /** A raised panel on the surface (cards, bar tracks). */
  raised: string
  line: string
  /** Text on a strong meaning colour (header cells, filled bars). */
  onStrong: string
  /** A results bar whose option carries no meaning (a quiz's wrong answers). */
  barNeutral: string
}

export type Meaning = 'open' | 'closed' | 'hybrid'
export const MEANINGS: readonly Meaning[] = ['open', 'closed', 'hybrid']

export const palette: { light: Palette, dark: Palette } = {
  light: {
    open: '#0f766e',
    openSoft: '#ccfbf1',
    closed: '#9a3412',
    closedSoft: '#ffedd5',
    hybrid: '#6d28d9',
    hybridSoft: '#ede9fe',
    ink: '#1f2937',
    muted: '#4b5563',
    surface: '#ffffff',
    raised: '#f3f4f6',
    line: '#d1d5db',
    onStrong: '#ffffff',
    barNeutral: '#64748b',
  },
  dark: {
    open: '#5eead4',
    openSoft: '#134e4a',
    closed: '#fdba74',
    closedSoft: '#2c2622',
    hybrid: '#c4b5fd',
    hybridSoft: '#2e1065',
    ink: '#f3f4f6',
    muted: '#d1d5db',
    surface: '#121212',
    raised: '#1f2937',
    line: '#4b5563',
    onStrong: '#111827',
    barNeutral: '#94a3b8',
  },
}

/**
 * A five-point scale's ramp, "Strongly disagree" to "Strongly agree": one hue that no option
 * meaning uses (blue), more agreement drawn stronger (darker on light, lighter on dark).
 */
export const scaleRamp: { light: readonly string[], dark: readonly string[] } = {
  light: ['#60a5fa', '#3b82f6', '#2563eb', '#1d4ed8', '#1e3a8a'],
  dark: ['#1d4ed8', '#2563eb', '#3b82f6', '#93c5fd', '#dbeafe'],
}

/** Font sizes in px on the 1280x720 canvas (the handouts scale them, see `tokensCss`). */
export const type = {
  family: '\'Inter Variable\', system-ui, sans-serif',
  mono: '\'JetBrains Mono Variable\', ui-monospace, monospace',
  /** The smallest text a slide may show (captions, footnotes, table cells). */
  small: 24,
  table: 24,
  body: 28,
  lead: 32,
  h3: 30,
  h2: 36,
  h1: 48,
  display: 64,
  /** Mermaid labels, before the block's own `scale`. */
  diagram: 28,
  countdown: 72,
  lineHeight: 1.35,
  headingLineHeight: 1.15,
} as const

/** Spacing steps in px. */
export const space = {
  xs: 6,
  sm: 12,
  md: 20,
  lg: 32,
  xl: 48,
  /** Padding of a slide's content box. */
  slideX: 64,
  slideY: 44,
} as const

/** Poll results sized for a projector. */
export const poll = {
  barThickness: 44,
  label: 28,
  joinAddress: 40,
  qrOpen: 280,
  qrAfterReveal: 140,
} as const

const kebab = (name: string) => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)

function paletteVars(p: Palette, ramp: readonly string[]): string {
  return [
    ...Object.entries(p).map(([name, value]) => `--c-${kebab(name)}: ${value};`),
    ...ramp.map((value, i) => `--c-scale-${i + 1}: ${value};`),
  ].join(' ')
}

function scaleVars(): string {
  const sizes = (Object.entries(type) as [string, string | number][])
    .filter(([name, value]) => typeof value === 'number' && !name.includes('ineHeight'))
    .map(([name, px]) => `--fs-${kebab(name)}: ${px}px;`)
  const gaps = Object.entries(space).map(([name, px]) => `--sp-${kebab(name)}: ${px}px;`)
  const polls = Object.entries(poll).map(([name, px]) => `--poll-${kebab(name)}: ${px}px;`)
  return [
    `--font-sans: ${type.family};`,
    `--font-mono: ${type.mono};`,
    `--lh-body: ${type.lineHeight};`,
    `--lh-heading: ${type.headingLineHeight};`,
    ...sizes,
    ...gaps,
    ...polls,
  ].join(' ')
}

export interface TokensCssOptions {
  /**
   * How dark mode is switched on: Slidev's `html.dark` class (the deck), or the reader's system
   * setting (the /join page), or not at all (print: handouts are always light).
   */
  dark: 'class' | 'media' | 'none'
}

/** The tokens as CSS custom properties (`--c-open`, `--fs-body`, `--sp-md`, `--poll-bar-thickness`...). */
export function tokensCss({ dark }: TokensCssOptions): string {
  const light = `:root { ${paletteVars(palette.light, scaleRamp.light)} ${scaleVars()} }`
  if (dark === 'class')
    return `${light}\nhtml.dark { ${paletteVars(palette.dark, scaleRamp.dark)} }`
  if (dark === 'media')
    return `${light}\n:root { color-scheme: light dark; }\n@media (prefers-color-scheme: dark) { :root { ${paletteVars(palette.dark, scaleRamp.dark)} } }`
  return light
}
