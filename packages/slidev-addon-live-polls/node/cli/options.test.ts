import { describe, expect, it } from 'vitest'
import { listenErrorMessage } from './fail'
import { helpText, parseOptions, UsageError } from './options'

const spec = {
  command: 'npm run demo --',
  summary: 'A demo command.',
  options: {
    port: { type: 'port', default: 3030, help: 'port' },
    paper: { type: 'string', choices: ['a4', 'letter'], default: 'a4', help: 'paper size' },
    out: { type: 'string', value: '<folder>', help: 'output folder' },
    fresh: { type: 'boolean', help: 'start empty' },
    runs: { type: 'count', default: 1, help: 'runs' },
  },
} as const

function usageError(argv: string[]): string {
  try {
    parseOptions(spec, argv)
  }
  catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('expected a usage error')
}

describe('parseOptions', () => {
  it('fills defaults and converts values', () => {
    expect(parseOptions(spec, [])).toEqual({ argument: '', port: 3030, paper: 'a4', out: undefined, fresh: false, runs: 1 })
    expect(parseOptions(spec, ['--port', '0', '--paper=letter', '--out', 'x', '--fresh', '--runs', '3'])).toEqual({ argument: '', port: 0, paper: 'letter', out: 'x', fresh: true, runs: 3 })
    expect(parseOptions(spec, ['-h'])).toBe('help')
  })

  it('takes one argument where the command has one, with its default', () => {
    const withEntry = { ...spec, argument: { name: '<slides.md>', default: 'slides.md', help: 'the deck' } }
    expect(parseOptions(withEntry, ['--port', '0'])).toMatchObject({ argument: 'slides.md', port: 0 })
    expect(parseOptions(withEntry, ['talk.md', '--port', '0'])).toMatchObject({ argument: 'talk.md', port: 0 })
    expect(() => parseOptions(withEntry, ['a.md', 'b.md'])).toThrow(/^Unexpected argument b\.md/)
    expect(helpText(withEntry)).toMatch(/^Usage: npm run demo -- \[<slides\.md>\] \[options\]/)
  })

  it('turns bad input into one sentence', () => {
    expect(usageError(['--bogus'])).toBe('Unknown option --bogus.')
    expect(usageError(['--port', '70000'])).toBe('--port must be a port number from 0 to 65535, not "70000".')
    expect(usageError(['--port', 'abc'])).toMatch(/^--port must be a port number/)
    expect(usageError(['--paper', 'a3'])).toBe('--paper must be a4 or letter, not "a3".')
    expect(usageError(['--runs', '0'])).toBe('--runs must be a whole number of 1 or more, not "0".')
    expect(usageError(['--out'])).toBe('--out needs a value.')
    expect(usageError(['stray'])).toMatch(/^Unexpected argument stray/)
    for (const message of [usageError(['--bogus']), usageError(['--out'])])
      expect(message.split('\n')).toHaveLength(1)
  })
})

describe('helpText', () => {
  it('lists every option with its value, help and default', () => {
    const help = helpText(spec)
    expect(help).toContain('Usage: npm run demo -- [options]')
    expect(help).toMatch(/--port <port>\s+port \(default: 3030\)/)
    expect(help).toMatch(/--paper a4\|letter\s+paper size \(default: a4\)/)
    expect(help).toMatch(/--out <folder>\s+output folder\n/)
    expect(help).toMatch(/--fresh\s+start empty/)
    expect(help).toContain('--help')
  })
})

describe('listenErrorMessage', () => {
  it('says what to do about a taken or privileged port', () => {
    const error = (code: string) => Object.assign(new Error(code), { code })
    expect(listenErrorMessage(error('EADDRINUSE'), '0.0.0.0', 3030)).toBe('Port 3030 is already in use on 0.0.0.0: stop the program using it or choose another with --port <port>.')
    expect(listenErrorMessage(error('EACCES'), '0.0.0.0', 80)).toMatch(/^Port 80 needs administrator rights/)
    expect(listenErrorMessage(error('EOTHER'), '0.0.0.0', 80)).toBeUndefined()
  })
})
