import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso render` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerRenderCommand(program, context, state)
 * ```
 */
export const registerRenderCommand: RegisterCommand = () => {}
