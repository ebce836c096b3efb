import type { Plugin } from '@chiso/core'
import type { Command } from 'commander'
import type { CliIO } from '../cli-io.js'
import type { Stylist } from '../format/style.js'
import type { Language } from '../messages/language.js'
import type { ProgramState } from '../program-state.js'
import type { RunLimits } from './limit-options.js'

/**
 * What a command needs from the run that calls it: the I/O and a stylist per output stream.
 *
 * @example
 * ```ts
 * const context: CommandContext = { io, out: createStylist(false), err: createStylist(false) }
 * ```
 */
export interface CommandContext {
  io: CliIO
  /** Styles text written to stdout. */
  out: Stylist
  /** Styles text written to stderr. */
  err: Stylist
  /** The run's limit options (`--max-depth`, `--max-units`, `--max-runs`…), set before the command's action. */
  limits?: RunLimits
  /**
   * The language of the run's words (`--lang`, else `CHISO_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`), set before
   * the command's action. Absent when a command function is called directly: each then keeps its own default.
   */
  language?: Language
  /**
   * Plugins a methodology's `plugins:` named and the project declares, loaded by `run` before it ran the
   * command again; added to those `--plugin` loads.
   */
  projectPlugins?: ReadonlyArray<Plugin>
}

/**
 * Adds one command to the `chiso` program. Each command lives in its own file under `commands/` and exports
 * one of these; `commands/all.ts` lists them in the order `chiso --help` shows them. The action stores its
 * exit code in `state.exitCode`.
 *
 * @example
 * ```ts
 * export const registerHelloCommand: RegisterCommand = (program, context, state) => {
 *   program.command('hello').action(() => {
 *     context.io.stdout.write('xin chào\n')
 *     state.exitCode = EXIT.OK
 *   })
 * }
 * ```
 */
export type RegisterCommand = (program: Command, context: CommandContext, state: ProgramState) => void
