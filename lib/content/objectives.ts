/**
 * The workshop's three learning objectives. Declared once: the objectives slide, both handouts,
 * the exit ticket's prompts and the closing polls refer to them by number.
 */
export interface LearningObjective {
  /** 1-based, as printed ("Objective 2"). */
  number: number
  /** What a participant can do by the end, in one sentence. */
  text: string
  /** Where the workshop checks it: shown in the facilitator guide. */
  checkedBy: string
}

export const objectives: readonly LearningObjective[] = [
  {
    number: 1,
    text: 'Read a model’s licence and place the model on the openness spectrum, naming the clause that decides it.',
    checkedBy: 'Exercise 1, the licence quiz, the OSI knowledge question (start and end) and exit ticket question 1.',
  },
  {
    number: 2,
    text: 'Choose open, closed or hybrid for a concrete use, with one benefit and one risk of the choice.',
    checkedBy: 'Exercises 2 and 3, the stance poll (start and end) and exit ticket question 2.',
  },
  {
    number: 3,
    text: 'Say what the EU AI Act asks of general-purpose AI (GPAI) model providers, open source and closed.',
    checkedBy: 'Exercise 4, the EU knowledge question at the end and exit ticket question 3.',
  },
]
