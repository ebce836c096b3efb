import type { CliIO } from '../cli-io.js'
import type { Stylist } from '../format/style.js'

/**
 * What a command needs from the run that calls it: the I/O and a stylist per output stream.
 *
 * @example
 * ```ts
 * const context: CommandContext = { io, out: createStylist(false), err: createStylist(false) }
 * ```
 */
export interface CommandContext {
  io: CliIO
  /** Styles text written to stdout. */
  out: Stylist
  /** Styles text written to stderr. */
  err: Stylist
}
