/**
 * Clock times for the agenda and the guide: minutes from the start as `0:25`, or, given a start
 * time such as `14:00`, the real time of day (`14:25`).
 */
export function parseStartTime(value: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim())
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
    throw new Error(`--start must be a time of day like 14:00 (got "${value}")`)
  return Number(match[1]) * 60 + Number(match[2])
}

export function formatClock(minutesFromStart: number, start?: number): string {
  const total = (start ?? 0) + minutesFromStart
  const hours = start === undefined ? Math.floor(total / 60) : Math.floor(total / 60) % 24
  return `${start === undefined ? hours : String(hours).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
