import type { PrintLayout } from './print-layouts'

export interface ExportNameOptions {
  layout: PrintLayout
  withClicks?: boolean
  dark?: boolean
  /** Whether a session's results are printed in it. */
  results?: boolean
}

/**
 * Where `npm run export` writes by default: one file per kind of export, so that an export with a
 * session's votes (`-results`) is never overwritten by a plain one, e.g. exports/slides-results.pdf.
 */
export function defaultExportPath({ layout, withClicks, dark, results }: ExportNameOptions): string {
  return `exports/${layout}${withClicks ? '-with-clicks' : ''}${dark ? '-dark' : ''}${results ? '-results' : ''}.pdf`
}
