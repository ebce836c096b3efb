import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso simulate` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerSimulateCommand(program, context, state)
 * ```
 */
export const registerSimulateCommand: RegisterCommand = () => {}
