/**
 * Rules about slide frontmatter that more than one reader applies (the deck checks, the exercise
 * parser behind `npm run handouts`), declared once so both say the same thing about the same field.
 */

/** What is wrong with a slide's `minutes:` value, or undefined when it is a number, 0 or more. */
export function minutesProblem(value: unknown): string | undefined {
  if (value === undefined)
    return 'no `minutes:` (planned minutes for this slide; 0 is allowed)'
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    return `\`minutes\` must be a number of minutes, 0 or more, e.g. \`minutes: 12\` (found ${JSON.stringify(value)})`
  return undefined
}

/** A fix that fits a YAML parser's complaint (an unclosed list is not a colon problem). */
export function yamlHint(message: string): string {
  if (/flow (?:sequence|collection)|Missing , or [\]}]|\]|\bflow\b/i.test(message))
    return 'close the `[` list (or `{` map) on the same line, or quote the value'
  if (/keys must be unique/i.test(message))
    return 'a field appears twice: keep one'
  if (/mapping|colon/i.test(message))
    return 'quote values that contain a colon'
  return 'check the indentation and quoting'
}

/** 1-based line of each top-level frontmatter key, from the slide's frontmatter lines. */
export function frontmatterKeyLines(lines: readonly string[], firstLine: number): Record<string, number> {
  const found: Record<string, number> = {}
  lines.forEach((line, index) => {
    const key = /^([\w-]+)\s*:/.exec(line)?.[1]
    if (key && !(key in found))
      found[key] = firstLine + index
  })
  return found
}

/**
 * YAML notices an unclosed `[` or `{` only lines later; the author's mistake is on the line that
 * opened it. Given the frontmatter's lines (the first at `firstLine`) and the line YAML reported,
 * the last line up to it that opens more than it closes, or the reported line.
 */
export function unclosedFlowLine(lines: readonly string[], firstLine: number, reported: number): number {
  for (let index = Math.min(reported - firstLine, lines.length - 1); index >= 0; index--) {
    const line = lines[index]!.replace(/(["'])(?:(?!\1).)*\1/g, '')
    const opened = (line.match(/[[{]/g)?.length ?? 0) - (line.match(/[\]}]/g)?.length ?? 0)
    if (opened > 0)
      return firstLine + index
  }
  return reported
}
