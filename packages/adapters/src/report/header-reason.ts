import type { ErrorReason } from '@chiso/core'

/**
 * The stable reason codes of the errors an import raises when a table's header cannot be read (no unit
 * column, a header row that is not in the table, an empty sheet), attached to the error's issue with core's
 * `withErrorReason`: the CLI says them in Vietnamese with their values. The English message is unchanged.
 * (A rejected cell's or an ignored range's reason has its own code: `ReasonCode`.)
 *
 * @example
 * ```ts
 * const code: HeaderErrorReasonCode = 'header.no-unit-column'
 * ```
 *
 * @category Import report
 */
export type HeaderErrorReasonCode =
  | 'header.not-in-table'
  | 'header.no-unit-column'
  | 'header.no-long-unit-column'
  | 'header.long-lacking'
  | 'header.empty-sheet'
  | 'header.coinr-missing'
  // Hint of `header.no-unit-column`.
  | 'hint.name-unit-column'

/**
 * A header error's reason, with its values (all text) and the code of its hint, for `withErrorReason`.
 *
 * @example
 * ```ts
 * headerReason('header.empty-sheet', { sheet: 'Sheet1' }) // { code: 'header.empty-sheet', params: { sheet: 'Sheet1' } }
 * ```
 */
export function headerReason(
  code: HeaderErrorReasonCode,
  params: Readonly<Record<string, string>>,
  hint?: HeaderErrorReasonCode,
): ErrorReason<HeaderErrorReasonCode> {
  return hint === undefined ? { code, params } : { code, params, hint }
}
