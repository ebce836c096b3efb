/**
 * The exit codes of the `chiso` command (part of the CLI contract: scripts depend on them).
 *
 * @example
 * ```ts
 * import { EXIT } from '@chiso/cli'
 * EXIT.INVALID_INPUT // 1
 * ```
 *
 * @category Command line
 */
export const EXIT = {
  /** The command did what was asked (diagnostics about the data do not change this). */
  OK: 0,
  /** An input is invalid: a methodology or dataset that does not parse or compile, an unreadable file. */
  INVALID_INPUT: 1,
  /** The command line is wrong: unknown option or command, missing argument. */
  USAGE: 2,
  /** A bug in chiso: please report it. */
  INTERNAL: 3,
} as const

/**
 * One of {@link EXIT}'s values.
 *
 * @example
 * ```ts
 * const code: ExitCode = EXIT.USAGE // 2
 * ```
 *
 * @category Command line
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
