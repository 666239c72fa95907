/**
 * A crowd of simulated phones in a process of its own (started by the polls bench over IPC), so
 * the cost of being a thousand phones is not charged to the server's CPU. Each phone connects from
 * its own loopback address, loads /join (which issues its signed id), follows the event stream
 * like the page does, and sends what the bench asks for in bursts.
 */
import type { Socket } from 'node:net'
import type { BurstRequest, BurstResult, FromCrowd, PhoneSpec, ToCrowd } from './messages.ts'
import type { RawResponse, Target } from './raw-http.ts'
import process from 'node:process'
import { PARTICIPANT_COOKIE } from 'slidev-addon-live-polls/core/polls/protocol.ts'
import { wallClock } from './messages.ts'
import { followStream, openSocket, RawConnection, requestBytes } from './raw-http.ts'

interface Phone {
  spec: PhoneSpec
  /** Keep-alive connections not waiting for a response (a browser keeps up to six per host). */
  idle: RawConnection[]
  cookie: string
  stream?: Socket
}

/** Phones open their connections this many at a time, as a room does over a minute, not in one instant. */
const JOIN_BATCH = 100

let target: Target
let phones: Phone[] = []

function reply(message: FromCrowd): void {
  process.send!(message)
}

async function join(specs: PhoneSpec[], follow: boolean): Promise<string[]> {
  const joined: Phone[] = []
  for (let i = 0; i < specs.length; i += JOIN_BATCH)
    joined.push(...await Promise.all(specs.slice(i, i + JOIN_BATCH).map(joinOne)))
  phones.push(...joined)
  if (follow) {
    for (let i = 0; i < joined.length; i += JOIN_BATCH)
      await Promise.all(joined.slice(i, i + JOIN_BATCH).map(followUntilHello))
  }
  return joined.map(p => p.cookie)
}

/** Opens the phone's event stream, as /join's page does; resolves once its `hello` has arrived. */
function followUntilHello(phone: Phone): Promise<void> {
  return new Promise((resolve, reject) => {
    followStream(target, '/api/stream', { Cookie: phone.cookie }, phone.spec.address, event => event === 'hello' && resolve()).then((socket) => {
      phone.stream = socket
      // Kept after the hello too: a stream error must not crash the crowd.
      socket.on('error', reject)
    }, reject)
  })
}

async function joinOne(spec: PhoneSpec): Promise<Phone> {
  const connection = new RawConnection(await openSocket(target, spec.address))
  const res = await connection.send(requestBytes(target, 'GET', '/join', { 'Accept-Encoding': 'gzip' }))
  const cookie = res.headers.get('set-cookie')?.[0]?.split(';')[0]
  if (res.status !== 200 || !cookie?.startsWith(`${PARTICIPANT_COOKIE}=`))
    throw new Error(`/join answered ${res.status} without a participant cookie`)
  return { spec, idle: [connection], cookie }
}

async function burst(requests: BurstRequest[], warm: boolean): Promise<BurstResult[]> {
  if (!warm) {
    phones.forEach(p => p.idle.splice(0).forEach(c => c.close()))
  }
  // Everything is prepared before the first byte goes out, so the phones send as close together as they can.
  const prepared = requests.map(r => ({ phone: phones[r.phone], bytes: requestBytes(target, r.method, r.path, { Cookie: phones[r.phone].cookie }, r.body) }))
  return Promise.all(prepared.map(async ({ phone, bytes }) => {
    const result: BurstResult = { status: 0, body: '', sentAt: 0, doneAt: 0 }
    // Cold: the phone's radio dropped its connection, so each request first opens a new one.
    // Warm: a free keep-alive connection, or a new one when they are all busy (three upvotes at once).
    let connection = warm ? phone.idle.pop() : undefined
    try {
      connection ??= new RawConnection(await openSocket(target, phone.spec.address))
      const res: RawResponse = await connection.send(bytes, () => result.sentAt = wallClock())
      result.status = res.status
      result.body = res.body
    }
    catch {}
    result.doneAt = wallClock()
    if (warm && connection && result.status)
      phone.idle.push(connection)
    else
      connection?.close()
    return result
  }))
}

process.on('message', (message: ToCrowd) => {
  const run = async (): Promise<FromCrowd | undefined> => {
    switch (message.type) {
      case 'join':
        target = message.target
        return { type: 'joined', cookies: await join(message.phones, message.follow) }
      case 'burst':
        return { type: 'burst-done', results: await burst(message.requests, message.warm) }
      case 'close':
        phones.forEach((p) => {
          p.idle.forEach(c => c.close())
          p.stream?.destroy()
        })
        phones = []
        process.disconnect()
    }
  }
  run().then(m => m && reply(m), (error: Error) => reply({ type: 'failed', message: error.message }))
})
