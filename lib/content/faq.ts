/**
 * The facilitator FAQ: the questions a room asks, each answered in a few sentences and backed by
 * the fact records it rests on (content/faq.yaml). The guide prints each answer with its records'
 * claims, sources and check dates; `npm run check` fails on a record id that does not exist.
 */
import type { LocatedProblem } from '../yaml/located-yaml.ts'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { readValidatedYaml } from '../yaml/located-yaml.ts'

export const FAQ_FILE = 'content/faq.yaml'

const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. `id: is-llama-open-source`' }),
  question: z.string({ error: 'is missing: add the question as the room asks it' }).trim().min(5).max(120),
  answer: z.string({ error: 'is missing: answer in two or three sentences' }).trim().min(20).max(700),
  facts: z.array(z.string(), { error: 'must list the fact records the answer rests on, e.g. `facts: [llama-4]`' }).min(1, { error: 'needs at least one fact record' }),
})

export const faqFileSchema = z.strictObject({ questions: z.array(questionSchema).min(1) })

export type FaqQuestion = z.output<typeof questionSchema> & { line: number }

export function parseFaq(text: string, file = FAQ_FILE): { questions: FaqQuestion[], problems: LocatedProblem[] } {
  const parsed = readValidatedYaml(text, file, faqFileSchema)
  if (!parsed.ok)
    return { questions: [], problems: parsed.problems }
  return {
    questions: parsed.data.questions.map((question, index) => ({ ...question, line: parsed.lineOf(['questions', index, 'id']) })),
    problems: [],
  }
}

export async function collectFaq(root = '.'): Promise<{ questions: FaqQuestion[], problems: LocatedProblem[] }> {
  const text = await readFile(join(resolve(root), FAQ_FILE), 'utf8').catch(() => undefined)
  return text === undefined ? { questions: [], problems: [] } : parseFaq(text)
}
