import type { Palette } from '../lib/design/tokens'
import { defineMermaidSetup } from '@slidev/types'
import { MEANINGS, palette, type } from '../lib/design/tokens'

/**
 * Mermaid in the deck's colours, from the design tokens, in light and in dark mode.
 *
 * Slidev calls this setup once but spreads its result into Mermaid's options at every render,
 * after which dark mode adds `theme: 'dark'`. The getters below read the mode at render time, so
 * each diagram gets the palette of the mode it is drawn in (Slidev caches light and dark apart).
 * Diagrams carry meaning with `class X open|closed|hybrid` (a `classDef` with no colours in the
 * block); the colours for those classes come from here.
 */
const px = (n: number) => `${n}px`
const dark = () => typeof document !== 'undefined' && document.documentElement.classList.contains('dark')
const current = (): Palette => dark() ? palette.dark : palette.light

function themeVariables(p: Palette) {
  return {
    darkMode: p === palette.dark,
    fontFamily: type.family,
    fontSize: px(type.diagram),
    background: p.surface,
    // Plain nodes: a calm raised panel; meaning colours are kept for open, closed and hybrid.
    primaryColor: p.raised,
    primaryTextColor: p.ink,
    primaryBorderColor: p.muted,
    secondaryColor: p.hybridSoft,
    tertiaryColor: p.raised,
    mainBkg: p.raised,
    nodeBorder: p.muted,
    nodeTextColor: p.ink,
    textColor: p.ink,
    titleColor: p.ink,
    lineColor: p.muted,
    // Edge labels sit on an opaque chip of the slide's colour, not on the line.
    edgeLabelBackground: p.surface,
    clusterBkg: p.surface,
    clusterBorder: p.line,
    // Sequence diagrams
    actorBkg: p.raised,
    actorBorder: p.muted,
    actorTextColor: p.ink,
    actorLineColor: p.line,
    signalColor: p.ink,
    signalTextColor: p.ink,
    labelBoxBkgColor: p.raised,
    labelBoxBorderColor: p.muted,
    labelTextColor: p.ink,
    loopTextColor: p.ink,
    noteBkgColor: p.hybridSoft,
    noteBorderColor: p.hybrid,
    noteTextColor: p.ink,
    activationBkgColor: p.raised,
    // Timeline: years carry no open/closed meaning, so one neutral colour, never a rainbow.
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [
      [`cScale${i}`, p.raised],
      [`cScaleLabel${i}`, p.ink],
      [`cScaleInv${i}`, p.muted],
      [`cScalePeer${i}`, p.line],
    ]).flat()),
    // Quadrant chart: top left open, bottom right closed, top right hybrid (the deck's chart).
    quadrant1Fill: p.hybridSoft,
    quadrant2Fill: p.openSoft,
    quadrant3Fill: p.raised,
    quadrant4Fill: p.closedSoft,
    quadrant1TextFill: p.ink,
    quadrant2TextFill: p.ink,
    quadrant3TextFill: p.ink,
    quadrant4TextFill: p.ink,
    quadrantPointFill: p.ink,
    quadrantPointTextFill: p.ink,
    quadrantXAxisTextFill: p.ink,
    quadrantYAxisTextFill: p.ink,
    quadrantInternalBorderStrokeFill: p.muted,
    quadrantExternalBorderStrokeFill: p.muted,
    quadrantTitleFill: p.ink,
  }
}

function themeCSS(p: Palette): string {
  const meaning = MEANINGS.map(m => [
    `.node.${m} :is(rect, polygon, circle, ellipse, path) { fill: ${p[`${m}Soft`]} !important; stroke: ${p[m]} !important; stroke-width: 3px !important; }`,
    `.node.${m} :is(.nodeLabel, span, p, text, tspan) { color: ${p.ink} !important; fill: ${p.ink} !important; }`,
  ].join('\n')).join('\n')
  return [
    meaning,
    `.edgeLabel, .edgeLabel p, .edgeLabel span { color: ${p.ink}; background-color: ${p.surface} !important; }`,
    `.edgeLabel rect, .labelBkg { fill: ${p.surface} !important; background-color: ${p.surface} !important; opacity: 1 !important; }`,
    // Chromium prints anything under a CSS filter as a bitmap, so the timeline's event boxes (which
    // Mermaid brightens with one) would reach the PDF as pictures without searchable text.
    '.eventWrapper { filter: none; }',
  ].join('\n')
}

export default defineMermaidSetup(() => ({
  // The deck's fonts are bundled; Mermaid must not fall back to a web font it would fetch.
  fontFamily: type.family,
  // Sequence diagrams size every label from this top-level value, not from `sequence.*FontSize`.
  fontSize: type.diagram,
  theme: 'base',
  get themeVariables() {
    return themeVariables(current())
  },
  get themeCSS() {
    return themeCSS(current())
  },
  flowchart: { htmlLabels: true, padding: 12, nodeSpacing: 28, rankSpacing: 52, wrappingWidth: 240 },
  sequence: {
    actorFontSize: type.diagram,
    messageFontSize: type.diagram,
    noteFontSize: type.diagram,
    actorFontFamily: type.family,
    messageFontFamily: type.family,
    noteFontFamily: type.family,
    mirrorActors: false,
    boxMargin: 8,
    messageMargin: 36,
  },
  timeline: { padding: 6, useMaxWidth: true },
  quadrantChart: {
    chartWidth: 760,
    chartHeight: 560,
    titleFontSize: type.diagram,
    quadrantLabelFontSize: type.diagram,
    // The two y-axis labels share one rotated line: at full size they run into each other.
    xAxisLabelFontSize: type.small,
    yAxisLabelFontSize: type.small,
    pointLabelFontSize: type.diagram,
    pointRadius: 8,
  },
}))
