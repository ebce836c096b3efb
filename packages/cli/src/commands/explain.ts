import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso explain` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerExplainCommand(program, context, state)
 * ```
 */
export const registerExplainCommand: RegisterCommand = () => {}
