import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso import` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerImportCommand(program, context, state)
 * ```
 */
export const registerImportCommand: RegisterCommand = () => {}
