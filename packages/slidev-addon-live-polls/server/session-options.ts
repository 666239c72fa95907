/**
 * The options `live-polls workshop` and `live-polls serve` share, declared once: where the
 * session listens, where its votes go and who may join. Each command adds its own.
 */
import type { OptionSpec } from '../node/cli/options.ts'
import { DEFAULT_NEW_PARTICIPANTS_PER_MINUTE } from './participant-ids.ts'
import { DEFAULT_ROOM_SIZE } from './room.ts'

export const SESSION_OPTIONS = {
  'port': { type: 'port', default: 3030, help: 'port to listen on' },
  'host': { type: 'string', default: '0.0.0.0', value: '<address>', help: 'address to listen on; 0.0.0.0 is every network' },
  'results': { type: 'string', default: 'results', value: '<folder>', help: 'where votes are logged (polls.jsonl)' },
  'fresh': { type: 'boolean', help: 'archive the previous votes (rehearsal) into <results>/archive/ and start empty, with a new participant key' },
  'share-deck': { type: 'boolean', help: 'serve the slides to every device, not only /join (phones then see the slide sources: speaker notes, exercise solutions, the quiz answer)' },
  'room-size': { type: 'count', default: DEFAULT_ROOM_SIZE, help: 'participant ids this session lets in, whichever address asks: the number of people in the room, with some spare' },
  'new-participants-per-minute': { type: 'count', default: DEFAULT_NEW_PARTICIPANTS_PER_MINUTE, help: 'new participant ids one address may get per minute; raise it when the whole room shares one address (NAT)' },
  'presenter-address': { type: 'string', value: '<ip,…>', help: 'addresses of the presenter\'s machine (default: any loopback address)' },
} as const satisfies Record<string, OptionSpec>
