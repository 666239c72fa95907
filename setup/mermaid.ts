import { defineMermaidSetup } from '@slidev/types'

export default defineMermaidSetup(() => ({
  // The deck's fonts are bundled; Mermaid must not fall back to a web font it would fetch.
  fontFamily: '\'Inter Variable\', system-ui, sans-serif',
  // Projector-sized labels: Mermaid's 16 px default is unreadable from the back of a room.
  themeVariables: {
    fontSize: '20px',
    // Timeline sections in the deck's soft palette, dark text on each (readable in light and dark mode).
    ...Object.fromEntries(['#ccfbf1', '#ede9fe', '#ffedd5', '#e0f2fe', '#fef3c7', '#fce7f3'].flatMap((fill, i) => [
      [`cScale${i}`, fill],
      [`cScaleLabel${i}`, '#1f2937'],
    ])),
  },
  flowchart: { htmlLabels: true, padding: 12, nodeSpacing: 40, rankSpacing: 50 },
  sequence: { actorFontSize: 20, messageFontSize: 20, noteFontSize: 18, mirrorActors: false },
  timeline: { padding: 10 },
  // Chromium prints anything under a CSS filter as a bitmap, so the timeline's event boxes (which
  // Mermaid brightens with one) would reach the PDF as pictures without searchable text.
  themeCSS: '.eventWrapper { filter: none; }',
  quadrantChart: {
    chartWidth: 640,
    chartHeight: 480,
    titleFontSize: 22,
    quadrantLabelFontSize: 20,
    xAxisLabelFontSize: 18,
    yAxisLabelFontSize: 18,
    pointLabelFontSize: 18,
  },
}))
