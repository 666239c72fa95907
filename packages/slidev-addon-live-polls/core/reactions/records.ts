/**
 * The reaction records of the log as the replay checks them (server side only: the phone's page
 * never loads this, so it stays small).
 */
import type { ReactionId } from './reactions.ts'
import { z } from 'zod'
import { loggedTime } from '../polls/protocol.ts'
import { isReaction } from './reactions.ts'

/** One line of the log about reactions. */
export const reactionRecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reaction'), slide: z.number().int().min(1), kind: z.custom<ReactionId>(isReaction, 'a known reaction'), at: loggedTime }),
  z.object({ type: z.literal('reaction-settings'), floating: z.boolean(), at: loggedTime }),
])
export type ReactionRecord = z.infer<typeof reactionRecordSchema>
