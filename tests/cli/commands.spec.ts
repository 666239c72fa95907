/**
 * Every command explains itself and fails in one sentence: real processes, real ports, real
 * signals. Runs each entry point with the Node arguments its npm script gives it; the fresh
 * clone check (scripts/check-fresh-clone.ts) runs the same through `npm run`.
 */
import type { SpawnOptions } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { npmScript } from '../../scripts/lib/npm-script.ts'
import { deckPolls } from '../polls/deck-polls.ts'
import { fakeBuild, freePort, presenterHeaders, TOKEN } from '../polls/poll-server.ts'

// npm scripts, started as npm starts them; the test server's entry is no npm script.
const COMMANDS = ['workshop', 'serve', 'export', 'handouts', 'report', 'bench', 'bench:polls', 'bench:handouts', 'scripts/serve-dist.ts']

// As root, "not allowed" cannot happen: drop the capabilities that let root bind low ports and
// write anywhere, but stay root, so the checkout stays readable wherever it was cloned (another
// user may not be able to reach a clone under a private temporary folder).
const IS_ROOT = process.getuid?.() === 0
const WITHOUT_ROOT_POWERS = IS_ROOT
  ? ['setpriv', '--bounding-set=-net_bind_service,-dac_override,-dac_read_search', '--inh-caps=-net_bind_service,-dac_override,-dac_read_search']
  : []

/** What follows `node` for a command: an npm script's words (its last argument replaced by `argument`), or a tsx entry. */
function nodeArgs(name: string, argument?: string): string[] {
  return name.endsWith('.ts') ? ['--import', 'tsx', name] : npmScript(name, { argument })
}

function run(name: string, args: string[], options: SpawnOptions & { unprivileged?: boolean, argument?: string } = {}) {
  const { unprivileged, argument, ...spawnOptions } = options
  const command = [...(unprivileged ? WITHOUT_ROOT_POWERS : []), process.execPath, ...nodeArgs(name, argument), ...args]
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', timeout: 60_000, env: { ...process.env, POLLS_QUIET: '1' }, ...spawnOptions })
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' }
}

function expectOneSentence(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n')
  expect(lines, stderr).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(stderr).not.toMatch(/\n\s+at /)
}

/** `unshare` flags for a private mount namespace: as root a plain one, otherwise with a user namespace. */
function unshareFlags(): string[] {
  return IS_ROOT ? ['--mount'] : ['--mount', '--map-root-user']
}

function canMountTmpfs(): boolean {
  if (process.platform !== 'linux')
    return false
  const dir = tempDir('cli-mount-probe-')
  return spawnSync('unshare', [...unshareFlags(), 'sh', '-c', `mount -t tmpfs -o size=16k tmpfs '${dir}'`]).status === 0
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

test.describe('every command explains itself', () => {
  for (const name of COMMANDS) {
    test(`${name} --help prints its usage; an unknown option is one sentence and exit 2`, () => {
      const help = run(name, ['--help'])
      expect(help.status).toBe(0)
      expect(help.stdout).toMatch(/^Usage: /)
      expect(help.stdout).toContain('--help')
      const wrong = run(name, ['--no-such-option'])
      expect(wrong.status).toBe(2)
      expectOneSentence(wrong.stderr, /^Unknown option --no-such-option\. See .* --help\.$/)
    })
  }
})

test.describe('clear errors instead of stack traces', () => {
  test('serve on a taken port says so', async () => {
    const blocker = createServer().listen(0, '127.0.0.1')
    await new Promise(resolve => blocker.once('listening', resolve))
    const { port } = blocker.address() as { port: number }
    try {
      const result = run('serve', ['--port', String(port), '--host', '127.0.0.1', '--results', tempDir('cli-results-')])
      expect(result.status).toBe(1)
      expectOneSentence(result.stderr, new RegExp(`^Port ${port} is already in use on 127\\.0\\.0\\.1: `))
      // The workshop checks before starting Slidev (which would quietly move to another port).
      const workshop = run('workshop', ['--port', String(port), '--host', '127.0.0.1', '--results', tempDir('cli-results-')])
      expect(workshop.status).toBe(1)
      expectOneSentence(workshop.stderr, new RegExp(`^Port ${port} is already in use`))
    }
    finally {
      blocker.close()
    }
  })

  test('serve on a privileged port, without the right to bind it, says so', () => {
    const results = tempDir('cli-results-') // writable by its owner: the port is what must fail
    const result = run('serve', ['--port', '80', '--host', '127.0.0.1', '--results', results], { unprivileged: true })
    expect(result.status).toBe(1)
    expectOneSentence(result.stderr, /^Port 80 needs administrator rights/)
  })

  test('serve before any build, and --results without a value', () => {
    const empty = tempDir('cli-dist-')
    const before = run('serve', ['--port', '0'], { argument: empty })
    expect(before.status).toBe(1)
    expectOneSentence(before.stderr, /^No built deck in .*\/ \(no index\.html\): build it first/)
    const missing = run('serve', ['--results'])
    expect(missing.status).toBe(2)
    expectOneSentence(missing.stderr, /^--results needs a value\./)
  })

  test('a results folder that cannot be written stops serve and workshop before "Serving"', async () => {
    const locked = tempDir('cli-locked-')
    chmodSync(locked, 0o555)
    const built = await fakeBuild('<!doctype html><title>a build</title>', tempDir('cli-built-'))
    for (const [script, argument] of [['serve', built], ['workshop', undefined]] as const) {
      const result = run(script, ['--port', '0', '--host', '127.0.0.1', '--results', locked], { unprivileged: true, argument })
      expect(result.status, result.stderr).toBe(1)
      expect(result.stdout).not.toContain('Serving')
      expectOneSentence(result.stderr, /^Cannot write poll results to .*cli-locked-.*\/ \(EACCES\): make it writable .* or pass another folder with --results <folder>\.$/)
    }
  })

  test('a full disk at first start, and a damaged log on a nearly full disk: one sentence each, no short key left behind', async () => {
    test.skip(!canMountTmpfs(), 'needs a private mount namespace (unshare) to make a small full disk')
    const disk = tempDir('cli-full-disk-')
    const built = await fakeBuild('<!doctype html><title>a build</title>', tempDir('cli-built-'))
    const serve = [process.execPath, ...nodeArgs('serve', built), '--port', '0', '--host', '127.0.0.1'].map(a => `'${a}'`).join(' ')
    const torn = '{"type":"open","poll":"knowledge-osaid-before","at":"2026-12-01T10:00:00.000Z"}\n{"type":"vote","poll":"knowl'
    // A 64 KB disk, filled; then a results folder with a damaged log and a good key on a full disk.
    const script = `
      mount -t tmpfs -o size=64k tmpfs '${disk}'
      dd if=/dev/zero of='${disk}/fill' bs=4k count=64 2>/dev/null
      ${serve} --results '${disk}/first' 2>'${disk}/../first.err'; echo "first:$?"
      ls '${disk}/first'
      rm '${disk}/fill'
      mkdir '${disk}/second'
      printf '%s' '${torn}' > '${disk}/second/polls.jsonl'
      printf '%s' '${'A'.repeat(43)}' > '${disk}/second/participant-secret'
      dd if=/dev/zero of='${disk}/fill' bs=4k count=64 2>/dev/null
      ${serve} --results '${disk}/second' 2>'${disk}/../second.err'; echo "second:$?"
      cat '${disk}/second/polls.jsonl'; echo
    `
    const result = spawnSync('unshare', [...unshareFlags(), 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, POLLS_QUIET: '1' } })
    expect(result.stdout, result.stderr).toMatch(/first:1/)
    // The key is written whole or not at all.
    expect(result.stdout).not.toContain('participant-secret')
    expectOneSentence(readFileSync(join(disk, '..', 'first.err'), 'utf8'), /^Cannot write the participant key .*participant-secret \(ENOSPC\): the disk \(or the quota\) is full: free some space and start again/)
    expect(result.stdout).toMatch(/second:1/)
    expectOneSentence(readFileSync(join(disk, '..', 'second.err'), 'utf8'), /^The vote log .*polls\.jsonl needs repair \(a line cut short\) but could not be rewritten \(ENOSPC\): the disk/)
    // Nothing was changed: the log is as it was.
    expect(result.stdout).toContain(torn)
  })

  test('a participant key of the wrong length (an empty one signs anything) stops serve and workshop until --fresh makes a new one', async () => {
    const built = await fakeBuild('<!doctype html><title>a build</title>', tempDir('cli-built-'))
    const results = tempDir('cli-results-')
    writeFileSync(join(results, 'participant-secret'), '')
    for (const [script, argument] of [['serve', built], ['workshop', undefined]] as const) {
      const result = run(script, ['--port', '0', '--host', '127.0.0.1', '--results', results], { argument })
      expect(result.status, result.stderr).toBe(1)
      expectOneSentence(result.stderr, /^The participant key .*participant-secret is damaged \(0 characters, 43 expected\): start with --fresh to make a new one/)
    }
    const fresh = spawnSync(process.execPath, [...nodeArgs('serve', built), '--port', '0', '--host', '127.0.0.1', '--results', results, '--fresh'], { encoding: 'utf8', timeout: 5000, env: { ...process.env, POLLS_QUIET: '1' } })
    expect(fresh.stdout).toMatch(/Serving/)
    expect(readFileSync(join(results, 'participant-secret'), 'utf8')).toMatch(/^[\w-]{43}$/)
  })

  test('handouts with a bad --results keep the previous handouts', () => {
    const out = join(tempDir('cli-handouts-'), 'handouts')
    mkdirSync(out)
    writeFileSync(join(out, 'participant-handout.pdf'), 'the good one')
    const result = run('handouts', ['--results', '/nonexistent', '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/--results \/nonexistent: no such file or folder; pass the poll server's results folder/)
    expect(result.stderr).toContain('is unchanged')
    expect(readFileSync(join(out, 'participant-handout.pdf'), 'utf8')).toBe('the good one')
    expect(readdirSync(join(out, '..'))).toEqual(['handouts'])
  })

  test('export with a --results that does not exist', () => {
    const result = run('export', ['--results', '/nonexistent'])
    expect(result.status).toBe(1)
    expectOneSentence(result.stderr, /^--results \/nonexistent: no such file or folder/)
  })

  test('--results means the results folder or its polls.jsonl for export, handouts and report alike', () => {
    const json = join(tempDir('cli-results-json-'), 'results.json')
    writeFileSync(json, '{"polls":[]}')
    for (const script of ['export', 'handouts', 'report']) {
      const result = run(script, ['--results', json])
      expect(result.status, script).toBe(1)
      expect(result.stderr.split('\n')[0], script).toMatch(/^--results .*results\.json: not a poll log; pass the poll server's results folder \(e\.g\. --results results\) or the polls\.jsonl inside it\.$/)
    }
  })
})

test.describe('results file and --fresh', () => {
  test('serve names the results file and its votes; --fresh archives them and starts empty', async () => {
    test.skip(!existsSync('dist/index.html'), 'needs a build (npm test builds before the browser tests)')
    const results = tempDir('cli-fresh-')
    writeFileSync(join(results, 'polls.jsonl'), `${JSON.stringify({ type: 'vote', poll: 'knowledge-osaid-before', participant: 'rehearsal-1', answer: 'weights-only', at: new Date().toISOString() })}\n`)
    const banner = async (args: string[]) => {
      const child = spawn(process.execPath, [...nodeArgs('serve'), '--port', '0', '--host', '127.0.0.1', '--results', results, ...args], { env: { ...process.env, POLLS_QUIET: '' } })
      let out = ''
      child.stdout!.setEncoding('utf8').on('data', (d: string) => out += d)
      await expect.poll(() => out, { timeout: 60_000 }).toMatch(/\n {2}Ready /)
      child.kill('SIGTERM')
      await new Promise(resolve => child.once('exit', resolve))
      return out
    }
    expect(await banner([])).toMatch(/Results file: .*polls\.jsonl, 1 vote so far \(start empty with --fresh\)/)
    const fresh = await banner(['--fresh'])
    expect(fresh).toMatch(/Previous votes archived to .*archive\/polls-.*\.jsonl/)
    expect(fresh).toMatch(/Results file: .*polls\.jsonl, 0 votes so far/)
    const archived = readdirSync(join(results, 'archive'))
    expect(archived).toHaveLength(1)
    expect(readFileSync(join(results, 'archive', archived[0]!), 'utf8')).toContain('rehearsal-1')
  })
})

test.describe('stopping stops everything', () => {
  test.describe.configure({ timeout: 300_000 })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    test(`workshop: ${signal} to the launcher stops Slidev, frees the port and says what is saved`, async () => {
      const port = await freePort()
      const results = tempDir('cli-stop-')
      const origin = `http://127.0.0.1:${port}`
      const launcher = spawn(process.execPath, [...nodeArgs('workshop'), '--port', String(port), '--host', '127.0.0.1', '--results', results], { env: { ...process.env, POLLS_QUIET: '1', PRESENTER_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] })
      let out = ''
      launcher.stdout!.setEncoding('utf8').on('data', (d: string) => out += d)
      await expect.poll(async () => (await fetch(`${origin}/api/info`).catch(() => undefined))?.ok, { timeout: 150_000 }).toBe(true)
      const slidev = spawnSync('pgrep', ['-P', String(launcher.pid)], { encoding: 'utf8' }).stdout.trim().split('\n').map(Number).filter(Boolean)
      expect(slidev.length).toBeGreaterThan(0)
      // One vote from one phone, so the summary has a real count to give.
      const poll = (await deckPolls())[0]!.poll
      expect((await fetch(`${origin}/api/polls/${poll.id}/open`, { method: 'POST', headers: presenterHeaders(), body: '{}' })).ok).toBe(true)
      const cookie = (await fetch(`${origin}/join`)).headers.getSetCookie()[0]!.split(';')[0]!
      const answer = poll.kind === 'scale' ? 3 : poll.kind === 'wordcloud' ? 'Open' : 'options' in poll ? poll.options[0]!.id : undefined
      const vote = await fetch(`${origin}/api/polls/${poll.id}/votes`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Cookie': cookie }, body: JSON.stringify({ answer }) })
      expect(vote.ok, await vote.text()).toBe(true)
      launcher.kill(signal)
      const code = await new Promise(resolve => launcher.once('exit', c => resolve(c)))
      expect(code).toBe(0)
      for (const pid of slidev)
        expect(() => process.kill(pid, 0), `Slidev (pid ${pid}) still running`).toThrow()
      expect(spawnSync('pgrep', ['-g', String(slidev[0])]).status, 'a process of Slidev\'s group is still running').toBe(1)
      await expect(fetch(`${origin}/`)).rejects.toThrow()
      // The log was closed cleanly, and the terminal says what it holds and where.
      expect(existsSync(join(results, 'polls.jsonl'))).toBe(true)
      expect(out).toContain(`Stopped. Saved in ${join(results, 'polls.jsonl')}: 1 vote from 1 participant, 0 questions and 0 reactions.`)
    })
  }
})
