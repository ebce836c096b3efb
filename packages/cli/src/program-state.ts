import type { ExitCode } from './exit-codes.js'

/**
 * Where a command's action leaves its exit code for {@link createProgram}'s caller.
 *
 * @example
 * ```ts
 * const state: ProgramState = { exitCode: EXIT.OK }
 * ```
 */
export interface ProgramState {
  exitCode: ExitCode
}
