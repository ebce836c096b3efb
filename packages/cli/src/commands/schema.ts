import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso schema` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerSchemaCommand(program, context, state)
 * ```
 */
export const registerSchemaCommand: RegisterCommand = () => {}
