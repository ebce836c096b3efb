import type { RegisterCommand } from './context.js'

/**
 * Adds `chiso fingerprint` to the program (not available yet in this build).
 *
 * @example
 * ```ts
 * registerFingerprintCommand(program, context, state)
 * ```
 */
export const registerFingerprintCommand: RegisterCommand = () => {}
