/**
 * The phone remote's clock, in words: how long the session has run ("19 min 24 s in"), so it does
 * not read as the time of day. Seconds are padded so the line keeps its width while it ticks.
 */
export function elapsedLabel(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const minutes = Math.floor(whole / 60)
  const rest = whole % 60
  return minutes ? `${minutes} min ${String(rest).padStart(2, '0')} s in` : `${rest} s in`
}
