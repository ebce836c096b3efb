import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso plan` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerPlanCommand(program, context, state)
 * ```
 */
export const registerPlanCommand: RegisterCommand = () => {}
