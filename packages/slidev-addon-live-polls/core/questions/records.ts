/**
 * The question records of the log as the replay checks them (server side only: the phone's page
 * never loads this, so it stays small).
 */
import { z } from 'zod'
import { loggedTime } from '../polls/protocol.ts'
import { MODERATION_ACTIONS } from './questions.ts'

/** One line of the log about questions (beside the poll records). */
export const qaRecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('qa-ask'), id: z.string().regex(/^[\w-]{1,40}$/), participant: z.string().min(1), text: z.string(), at: loggedTime }),
  z.object({ type: z.literal('qa-vote'), question: z.string(), participant: z.string().min(1), up: z.boolean(), at: loggedTime }),
  z.object({ type: z.literal('qa-moderate'), question: z.string(), action: z.enum(MODERATION_ACTIONS), at: loggedTime }),
  z.object({ type: z.literal('qa-settings'), settings: z.object({ publish: z.boolean(), open: z.boolean() }), at: loggedTime }),
])
export type QaRecord = z.infer<typeof qaRecordSchema>
