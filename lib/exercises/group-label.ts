/** "Groups of 3 to 4", or "On your own" for 1: the same words on the slide and in the handouts. */
export function groupLabel(groupSize: string | number): string {
  return String(groupSize).trim() === '1'
    ? 'On your own'
    : `Groups of ${groupSize}`
}
