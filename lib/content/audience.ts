/**
 * Who the workshop is for, declared once: the agenda slide, both handouts and the README say it.
 * The timing (groups of 3 to 4, four groups in the debate) assumes a room of this size.
 */
export const audience = {
  who: 'People who choose, buy or advise on AI tools at work: teachers, public servants, managers, developers and policy staff',
  prerequisites: 'no programming or legal background needed',
  size: '12 to 24 participants, in groups of 3 to 4',
} as const

/** One sentence for a cover or an agenda: "For …; … ; …." */
export function audienceLine(): string {
  return `For ${audience.who.charAt(0).toLowerCase()}${audience.who.slice(1)}; ${audience.prerequisites}; ${audience.size}.`
}
