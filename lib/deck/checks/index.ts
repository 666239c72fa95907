/**
 * The deck checks `npm run check` runs, in order. Each reads the parsed deck and returns problems
 * with file, line and slide; add a check by adding one line here.
 */
import type { DeckCheck } from '../types'
import { checkCards } from '../../cards/deck-check'
import { checkContent } from '../../content/consistency-check'
import { checkExercises } from '../../exercises/deck-check'
import { checkFacts, checkReleaseNames } from '../../facts/deck-check'
import { checkFrontmatter } from './frontmatter'
import { checkMermaidAccessibility } from './mermaid-accessibility'
import { checkMermaidSyntax } from './mermaid-syntax'
import { checkMinutes } from './minutes'
import { checkNotes } from './notes'
import { checkQuizBalance } from './quiz-balance'
import { checkWords } from './words'

export const deckChecks: Record<string, DeckCheck> = {
  'frontmatter': checkFrontmatter,
  'minutes': checkMinutes,
  'notes': checkNotes,
  'mermaid accessibility': checkMermaidAccessibility,
  'mermaid syntax': checkMermaidSyntax,
  'exercises': checkExercises,
  'cards': checkCards,
  'content': checkContent,
  'facts': checkFacts,
  'release names': checkReleaseNames,
  'words per slide': checkWords,
  'quiz balance': checkQuizBalance,
}
