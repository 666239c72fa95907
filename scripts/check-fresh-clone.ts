/**
 * What a newcomer does, checked: clone the repository into a temporary folder, run the README's
 * install command exactly as written (no extra environment: no browser download may be needed),
 * then check that every `npm run` command the README names exists and explains itself, and that
 * Slidev runs. The full `npm test` is what CI runs on its own clean clone, so it is not repeated
 * here.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseCommandLine } from 'slidev-addon-live-polls/node/cli/options.ts'

const options = parseCommandLine({
  command: 'tsx scripts/check-fresh-clone.ts',
  summary: 'Clones this repository, installs it as the README says and checks that its commands run.',
  options: {
    keep: { type: 'boolean', help: 'keep the clone (its path is printed)' },
  },
})

const readme = readFileSync('README.md', 'utf8')
const firstCommand = /```bash\n([^#\n]+)#/.exec(readme)?.[1]?.trim() ?? ''
const install = firstCommand.split('&&')[0]!.trim()
if (install !== 'npm install')
  throw new Error(`README's first command should start with "npm install", found "${firstCommand}"`)

const clone = mkdtempSync(join(tmpdir(), 'fresh-clone-'))
const env = { ...process.env }
for (const name of Object.keys(env)) {
  if (name.startsWith('PLAYWRIGHT_') || name.startsWith('POLLS_') || name === 'CHROMIUM_PATH')
    delete env[name]
}
const failures: string[] = []
function step(label: string, command: string, args: string[]) {
  const started = performance.now()
  const result = spawnSync(command, args, { cwd: clone, env, encoding: 'utf8', timeout: 900_000 })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    failures.push(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
    console.log(`  FAIL ${label} (${seconds} s)`)
  }
  else {
    console.log(`  ok   ${label} (${seconds} s)`)
  }
  return result
}

try {
  console.log(`Fresh clone in ${clone}`)
  execFileSync('git', ['clone', '--quiet', resolve('.'), clone])
  const installed = step(`${install} (as the README writes it)`, 'npm', install.split(' ').slice(1))
  const engineWarnings = (installed.stderr.match(/EBADENGINE Unsupported engine/g) ?? []).length
  console.log(`       EBADENGINE warnings: ${engineWarnings}`)
  step('npx slidev --version', 'npx', ['--no-install', 'slidev', '--version'])
  const scripts = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
  const named = new Set([...readme.matchAll(/npm run ([\w:-]+)/g)].map(match => match[1]!))
  for (const name of named) {
    if (!scripts[name])
      failures.push(`README names npm run ${name}, which package.json does not have`)
  }
  // Every command with options answers --help without a build or a browser.
  for (const name of ['workshop', 'serve', 'export', 'handouts', 'bench', 'bench:polls', 'bench:handouts'])
    step(`npm run ${name} -- --help`, 'npm', ['run', '--silent', name, '--', '--help'])
  step('npm run check', 'npm', ['run', '--silent', 'check'])
}
finally {
  if (options.keep)
    console.log(`Kept ${clone}`)
  else
    rmSync(clone, { recursive: true, force: true })
}

if (failures.length) {
  console.error(failures.join('\n'))
  process.exit(1)
}
console.log('Fresh clone: install and commands work as the README says.')
