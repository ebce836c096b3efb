import type { EngineLimits } from '@chiso/core'
import { type Command, InvalidArgumentError, Option } from 'commander'
import { HELP_MESSAGES } from '../messages/help.js'
import type { Language } from '../messages/language.js'
import type { RunLimits } from './limit-options.js'

// The limit options as the program declares and reads them. Kept apart from limit-options.ts, whose checks
// need the engine: building the program (`chiso --version`, `chiso --help`) loads only this file.

const whole = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1')
  return n
}

/**
 * Parses a `--timeout` value: seconds, a positive number (`0.5`, `30`).
 *
 * @example
 * ```ts
 * parseTimeout('2.5') // 2.5
 * parseTimeout('0')   // throws InvalidArgumentError
 * ```
 */
export function parseTimeout(value: string): number {
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0) || n > 2_147_483) {
    throw new InvalidArgumentError('expected a number of seconds > 0')
  }
  return n
}

/**
 * Adds the limit options to the program. They are global: accepted before or after the command's name.
 *
 * @example
 * ```ts
 * addLimitOptions(new Command('chiso'), 'vi')
 * // chiso score m.yaml d.csv --max-units 2000000 --timeout 60
 * ```
 */
export function addLimitOptions(program: Command, language: Language = 'en'): Command {
  const words = HELP_MESSAGES[language].limits
  const limit = (flags: string, description: string) =>
    new Option(flags, description).argParser(whole).helpGroup('Limit options:')
  return program
    .addOption(limit('--max-depth <n>', words.maxDepth))
    .addOption(limit('--max-nodes <n>', words.maxNodes))
    .addOption(limit('--max-units <n>', words.maxUnits))
    .addOption(limit('--max-observations <n>', words.maxObservations))
    .addOption(limit('--max-methodology-bytes <n>', words.maxMethodologyBytes))
    .addOption(limit('--max-runs <n>', words.maxRuns))
    .addOption(
      new Option('--timeout <seconds>', words.timeout).argParser(parseTimeout).helpGroup('Limit options:'),
    )
}

/**
 * Reads the limit options of a parsed program.
 *
 * @example
 * ```ts
 * runLimitsOf({ maxUnits: 10, timeout: 5 }) // { engine: { maxUnits: 10 }, timeoutSeconds: 5 }
 * ```
 */
export function runLimitsOf(options: Record<string, unknown>): RunLimits {
  const engine: Partial<EngineLimits> = {}
  for (const key of ['maxDepth', 'maxNodes', 'maxUnits', 'maxObservations'] as const) {
    const value = options[key]
    if (typeof value === 'number') engine[key] = value
  }
  const number = (key: string) => (typeof options[key] === 'number' ? (options[key] as number) : undefined)
  const maxMethodologyBytes = number('maxMethodologyBytes')
  const maxRuns = number('maxRuns')
  const timeoutSeconds = number('timeout')
  return {
    engine,
    ...(maxMethodologyBytes === undefined ? {} : { maxMethodologyBytes }),
    ...(maxRuns === undefined ? {} : { maxRuns }),
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
  }
}
