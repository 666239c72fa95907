/**
 * Filters what `slidev` prints in workshop mode: its own presenter and remote-control URLs carry
 * no poll token and would mislead (ours are in the poll banner), and the bundler's timing report
 * means nothing to a facilitator.
 */

/** Slidev's URL lines that the workshop banner replaces. */
const SLIDEV_URL_LINE = /^\s*(?:public slide show|presenter mode|slides overview|export slides|mcp server|remote control|shortcuts)\s+>/
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[\d;]*m/g

export function createOutputFilter(write: (text: string) => void): (chunk: string) => void {
  let pending = ''
  let inTimings = false
  return (chunk) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    const kept: string[] = []
    for (const line of lines) {
      const plain = line.replace(ANSI, '')
      if (plain.includes('[PLUGIN_TIMINGS]')) {
        inTimings = true
        continue
      }
      if (inTimings) {
        // The report is indented lines that end with a blank one.
        if (plain.trim() === '' || /^\s/.test(plain))
          continue
        inTimings = false
      }
      if (!SLIDEV_URL_LINE.test(plain))
        kept.push(line)
    }
    if (kept.length)
      write(`${kept.join('\n')}\n`)
  }
}
