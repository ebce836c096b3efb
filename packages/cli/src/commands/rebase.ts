import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso rebase` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerRebaseCommand(program, context, state)
 * ```
 */
export const registerRebaseCommand: RegisterCommand = () => {}
