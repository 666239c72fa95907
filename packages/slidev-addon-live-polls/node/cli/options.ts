/**
 * One option table per command: it parses the arguments, validates each value and prints
 * `--help`, so adding an option is adding one entry.
 *
 *   const options = parseCommandLine({
 *     command: 'npm run serve --',
 *     summary: 'Serves the built deck with live polls on the LAN.',
 *     options: { port: { type: 'port', default: 3030, help: 'port to listen on' } },
 *   })
 */
import process from 'node:process'
import { parseArgs } from 'node:util'

interface BaseOption {
  help: string
  /** Shown in --help after the option's name, e.g. `<folder>`. */
  value?: string
}

export type OptionSpec
  = | BaseOption & { type: 'boolean', default?: boolean }
    | BaseOption & { type: 'string', default?: string, choices?: readonly string[] }
    | BaseOption & { type: 'port' | 'count', default?: number }

export interface CommandSpec<Options extends Record<string, OptionSpec>> {
  /** How the user types the command, e.g. `npm run export --`. */
  command: string
  summary: string
  options: Options
  /** Extra lines after the option list (examples, notes). */
  notes?: string[]
  /** One optional argument before or after the options, e.g. the deck's entry file. */
  argument?: { name: string, default: string, help: string }
}

type ValueOf<Spec extends OptionSpec> = Spec['type'] extends 'boolean'
  ? boolean
  : Spec['type'] extends 'string' ? string : number

export type ParsedOptions<Options extends Record<string, OptionSpec>> = {
  [Name in keyof Options]: Options[Name] extends { default: unknown } | { type: 'boolean' }
    ? ValueOf<Options[Name]>
    : ValueOf<Options[Name]> | undefined
} & {
  /** The command's argument (its default when not given; empty for a command without one). */
  argument: string
}

/** Bad command-line input: its message is one sentence for the user, the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export function helpText<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const value = option.type === 'boolean' ? '' : ` ${option.value ?? (option.type === 'string' && option.choices ? option.choices.join('|') : `<${option.type === 'string' ? 'value' : option.type === 'port' ? 'port' : 'n'}>`)}`
    const fallback = option.default === undefined || option.type === 'boolean' ? '' : ` (default: ${option.default})`
    return [`--${name}${value}`, `${option.help}${fallback}`]
  })
  rows.push(['--help', 'show this help'])
  const width = Math.max(...rows.map(([left]) => left!.length))
  const argument = spec.argument ? ` [${spec.argument.name}]` : ''
  return [
    `Usage: ${spec.command}${argument} [options]`,
    '',
    spec.summary,
    ...(spec.argument ? ['', `${spec.argument.name}: ${spec.argument.help} (default: ${spec.argument.default})`] : []),
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
  ].join('\n')
}

/** Parses `argv` against the table; throws UsageError with one sentence on bad input. */
export function parseOptions<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>, argv: string[]): ParsedOptions<Options> | 'help' {
  const config = Object.fromEntries(Object.entries(spec.options).map(([name, option]) =>
    [name, { type: option.type === 'boolean' ? 'boolean' as const : 'string' as const }]))
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options: { ...config, help: { type: 'boolean', short: 'h' } }, allowPositionals: !!spec.argument, strict: true })
  }
  catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }))
  }
  if (parsed.values.help)
    return 'help'
  if (parsed.positionals.length > 1)
    throw new UsageError(`Unexpected argument ${parsed.positionals[1]}: ${spec.command} takes one ${spec.argument!.name}.`)
  const result: Record<string, unknown> = { argument: parsed.positionals[0] ?? spec.argument?.default ?? '' }
  for (const [name, option] of Object.entries(spec.options)) {
    const given = parsed.values[name]
    if (given === undefined) {
      result[name] = option.type === 'boolean' ? (option.default ?? false) : option.default
      continue
    }
    result[name] = convert(name, option, given)
  }
  return result as ParsedOptions<Options>
}

function convert(name: string, option: OptionSpec, given: string | boolean | (string | boolean)[]): unknown {
  if (option.type === 'boolean')
    return given
  const text = String(given)
  if (option.type === 'string') {
    if (option.choices && !option.choices.includes(text))
      throw new UsageError(`--${name} must be ${option.choices.join(' or ')}, not "${text}".`)
    if (text === '')
      throw new UsageError(`--${name} needs a value.`)
    return text
  }
  const number = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (option.type === 'port' && !(number >= 0 && number <= 65535))
    throw new UsageError(`--${name} must be a port number from 0 to 65535, not "${text}".`)
  if (option.type === 'count' && !(number >= 1 && Number.isSafeInteger(number)))
    throw new UsageError(`--${name} must be a whole number of 1 or more, not "${text}".`)
  return number
}

function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option?.split(' ')[0] ?? ''}.`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}: options start with --.`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `${option?.split(' ')[0] ?? 'An option'} needs a value.`
        : `${option?.split(' ')[0] ?? 'An option'} takes no value.`
    default:
      return error.message
  }
}

/**
 * For a command's entry point: the options, or `--help` printed and exit 0, or one sentence on
 * stderr and exit 2.
 */
export function parseCommandLine<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>, argv = process.argv.slice(2)): ParsedOptions<Options> {
  try {
    const parsed = parseOptions(spec, argv)
    if (parsed === 'help') {
      console.log(helpText(spec))
      process.exit(0)
    }
    return parsed
  }
  catch (error) {
    if (!(error instanceof UsageError))
      throw error
    console.error(`${error.message} See ${spec.command} --help.`)
    process.exit(2)
  }
}
