import { describe, expect, it } from 'vitest'
import { minutesProblem } from '../deck/frontmatter-rules'
import { parseExercise } from './parse-exercise'

const FILE = 'exercises/01-sample.md'

const goodFrontmatter = [
  'id: sample',
  'title: Sample',
  'minutes: 5',
  'groupSize: 3',
  'objectives: [Learn one thing]',
  'materials: []',
  'part: \'Exercise: sample\'',
  'kind: exercise',
].join('\n')

const defaultBody = [
  '::exercise-prompt',
  'Do the task.',
  '::',
  '',
  '::exercise-steps',
  '1. Step one',
  '::',
  '',
  '::exercise-questions',
  '- Why?',
  '::',
  '',
  '::exercise-solution',
  'Because.',
  '::',
  '',
  '<!--',
  'Facilitator note.',
  '-->',
  '',
].join('\n')

function exerciseFile(frontmatter: string, body = defaultBody): string {
  return `---\n${frontmatter}\n---\n\n# Sample\n\n${body}`
}

describe('parseExercise', () => {
  it('returns the exercise with its blocks and notes', () => {
    const { exercise, problems } = parseExercise(exerciseFile(goodFrontmatter), FILE)
    expect(problems).toEqual([])
    expect(exercise).toMatchObject({
      id: 'sample',
      title: 'Sample',
      minutes: 5,
      totalMinutes: 5,
      number: 1,
      prompt: 'Do the task.',
      steps: '1. Step one',
      questions: '- Why?',
      solution: 'Because.',
      notes: ['Facilitator note.'],
    })
  })

  it('adds the minutes of later slides and keeps their notes', () => {
    const source = `${exerciseFile(goodFrontmatter)}\n---\nminutes: 2\nkind: exercise\n---\n\n# Debrief\n\n<!--\nSecond note.\n-->\n`
    const { exercise } = parseExercise(source, FILE)
    expect(exercise?.totalMinutes).toBe(7)
    expect(exercise?.notes).toEqual(['Facilitator note.', 'Second note.'])
  })

  it('names the line of a missing title', () => {
    const { problems } = parseExercise(exerciseFile(goodFrontmatter.replace('title: Sample\n', '')), FILE)
    expect(problems).toEqual([
      {
        file: FILE,
        line: 1,
        message: expect.stringContaining('`title` is missing'),
      },
    ])
  })

  it('names the line of minutes that are not a number, with the deck check\'s own message', () => {
    for (const bad of ['minutes: twelve', 'minutes: -3']) {
      const { problems } = parseExercise(exerciseFile(goodFrontmatter.replace('minutes: 5', bad)), FILE)
      expect(problems).toEqual([
        {
          file: FILE,
          line: 4,
          message: minutesProblem(bad === 'minutes: twelve' ? 'twelve' : -3),
          deckRule: 'minutes',
        },
      ])
    }
  })

  it('asks for some minutes on an exercise\'s first slide', () => {
    const { problems } = parseExercise(exerciseFile(goodFrontmatter.replace('minutes: 5', 'minutes: 0')), FILE)
    expect(problems).toEqual([{ file: FILE, line: 4, message: expect.stringContaining('more than 0') }])
  })

  it('reports missing minutes', () => {
    const { problems } = parseExercise(exerciseFile(goodFrontmatter.replace('minutes: 5\n', '')), FILE)
    expect(problems[0].message).toContain('no `minutes:`')
  })

  it('rejects an unknown field and suggests the near one', () => {
    const { problems } = parseExercise(exerciseFile(`${goodFrontmatter}\ngroupsize: 4`), FILE)
    expect(problems).toEqual([
      { file: FILE, line: 10, message: 'unknown field `groupsize`: did you mean `groupSize`?' },
    ])
  })

  it('reports an unclosed solution block at its opening line', () => {
    const body = defaultBody.replace('Because.\n::', 'Because.')
    const { problems } = parseExercise(exerciseFile(goodFrontmatter, body), FILE)
    expect(problems).toEqual([
      {
        file: FILE,
        line: 26,
        message: expect.stringContaining('::exercise-solution is never closed'),
      },
    ])
  })

  it('reports a block opened before the previous one closed', () => {
    const body = defaultBody.replace('1. Step one\n::', '1. Step one')
    const { problems } = parseExercise(exerciseFile(goodFrontmatter, body), FILE)
    expect(problems[0]).toMatchObject({
      line: 18,
      message: expect.stringContaining('::exercise-steps is not closed'),
    })
  })

  it('reports unknown and missing blocks', () => {
    const body = defaultBody.replace('::exercise-questions', '::exercise-question')
    const messages = parseExercise(exerciseFile(goodFrontmatter, body), FILE).problems.map(p => p.message)
    expect(messages).toContainEqual(expect.stringContaining('unknown block ::exercise-question'))
    expect(messages).toContainEqual(expect.stringContaining('no ::exercise-questions block'))
  })

  it('ignores block markers inside code fences and notes', () => {
    const body = defaultBody.replace('<!--', '```md\n::exercise-solution\n```\n\n<!--')
    expect(parseExercise(exerciseFile(goodFrontmatter, body), FILE).problems).toEqual([])
  })

  it('requires facilitator notes and an id that matches the file name', () => {
    const body = defaultBody.replace(/<!--[\s\S]*-->/, '')
    const messages = parseExercise(exerciseFile(goodFrontmatter.replace('id: sample', 'id: other'), body), FILE).problems.map(p => p.message)
    expect(messages).toContainEqual(expect.stringContaining('no facilitator notes'))
    expect(messages).toContainEqual(expect.stringContaining('does not match the file name'))
  })

  it('points at invalid YAML, such as an unquoted colon', () => {
    const { problems } = parseExercise(exerciseFile(goodFrontmatter.replace('part: \'Exercise: sample\'', 'part: Exercise: sample')), FILE)
    expect(problems).toEqual([
      {
        file: FILE,
        line: 8,
        message: expect.stringContaining('quote values that contain a colon'),
        deckRule: 'yaml',
      },
    ])
  })

  it('gives an unclosed list its own hint', () => {
    const { problems } = parseExercise(exerciseFile(goodFrontmatter.replace(/^materials: .*$/m, 'materials: [Sticky notes, pens')), FILE)
    expect(problems.length).toBeGreaterThan(0)
    // The line that opened the list (the `materials:` line), not where YAML noticed.
    expect(problems[0]!.line).toBe(2 + exerciseFile(goodFrontmatter).split('\n').slice(1).findIndex(line => line.startsWith('materials:')))
    for (const problem of problems) {
      expect(problem).toEqual(expect.objectContaining({ message: expect.stringContaining('close the `[` list'), deckRule: 'yaml' }))
      expect(problem.message).not.toContain('colon')
    }
  })

  it('accepts an optional worksheet and checks its shape', () => {
    const good = parseExercise(exerciseFile(`${goodFrontmatter}\nworksheet: { columns: [Model, Licence], rows: 3 }`), FILE)
    expect(good.exercise?.worksheet).toEqual({ columns: ['Model', 'Licence'], rows: 3 })
    const bad = parseExercise(exerciseFile(`${goodFrontmatter}\nworksheet: { columns: [Model], rows: 0 }`), FILE)
    expect(bad.problems.map(p => p.line)).toEqual([10, 10])
  })

  it('rejects a later slide that starts a new agenda part', () => {
    const source = `${exerciseFile(goodFrontmatter)}\n---\nminutes: 0\nkind: exercise\npart: Oops\n---\n\n# Debrief\n`
    expect(parseExercise(source, FILE).problems).toEqual([
      {
        file: FILE,
        line: 37,
        message: expect.stringContaining('unknown field `part` on a later slide'),
      },
    ])
  })
})
