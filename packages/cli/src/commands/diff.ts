import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso diff` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerDiffCommand(program, context, state)
 * ```
 */
export const registerDiffCommand: RegisterCommand = () => {}
