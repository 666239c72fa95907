/**
 * The live-polls addon in this deck's colours and typeface, read from the design tokens: the
 * slides (styles/index.ts), the phone pages and the session report (headmatter
 * `livePolls.theme`) all take it from here. Option meanings are the deck's: open teal, closed
 * amber, hybrid violet.
 */
import type { LivePalette, LiveThemeInput } from 'slidev-addon-live-polls/theme'
import type { Palette } from './tokens.ts'
import { palette, scaleRamp, type } from './tokens.ts'

function livePalette(p: Palette, ramp: readonly string[]): Partial<LivePalette> {
  return {
    accent: p.open,
    accentSoft: p.openSoft,
    warn: p.closed,
    warnSoft: p.closedSoft,
    highlight: p.hybrid,
    highlightSoft: p.hybridSoft,
    ink: p.ink,
    muted: p.muted,
    surface: p.surface,
    raised: p.raised,
    line: p.line,
    onAccent: p.onStrong,
    bar: p.barNeutral,
    scale: ramp as LivePalette['scale'],
    meanings: { open: p.open, closed: p.closed, hybrid: p.hybrid },
  }
}

const theme: LiveThemeInput = {
  light: livePalette(palette.light, scaleRamp.light),
  dark: livePalette(palette.dark, scaleRamp.dark),
  font: type.family,
  mono: type.mono,
}

export default theme
