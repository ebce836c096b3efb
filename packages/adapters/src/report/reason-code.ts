/**
 * The stable codes of the reasons users meet most often in an import report. The English `reason` text stays
 * what it always was (reports and JSON outputs carry it); the code and its parameters let a program, such as
 * the CLI under `--lang vi`, say the same reason in another language.
 *
 * @example
 * ```ts
 * const code: ReasonCode = 'not-a-number'
 * ```
 *
 * @category Import report
 */
export type ReasonCode =
  | 'not-a-number'
  | 'no-unit-code'
  | 'duplicate-unit'
  | 'not-a-leaf'
  | 'no-such-leaf'
  | 'no-header'
  | 'value-without-header'

/**
 * A reason's code and the values its sentence names (a header, a unit code, a row…), all as text.
 *
 * @example
 * ```ts
 * const reason: CodedReason = { code: 'duplicate-unit', params: { unit: 'ha-noi', line: 'row', first: '3' } }
 * ```
 *
 * @category Import report
 */
export interface CodedReason {
  code: ReasonCode
  params: Readonly<Record<string, string>>
}

/**
 * Attaches a reason's code and parameters to a report entry (an ignored range, a rejected cell) as
 * `reasonCode` and `reasonParams`. They are not enumerable: `JSON.stringify` and the published report files
 * stay byte-identical, and only a reader that asks ({@link codedReason}) sees them. Returns the entry.
 *
 * @example
 * ```ts
 * const cell = withReasonCode({ reason: 'no header' }, { code: 'no-header', params: {} })
 * codedReason(cell) // { code: 'no-header', params: {} }
 * JSON.stringify(cell) // '{"reason":"no header"}'
 * ```
 *
 * @category Import report
 */
export function withReasonCode<T extends object>(entry: T, reason: CodedReason | undefined): T {
  if (reason === undefined) return entry
  Object.defineProperty(entry, 'reasonCode', { value: reason.code, enumerable: false, configurable: true })
  Object.defineProperty(entry, 'reasonParams', {
    value: reason.params,
    enumerable: false,
    configurable: true,
  })
  return entry
}

/**
 * The code and parameters attached to a report entry by {@link withReasonCode}, or `undefined` for a reason
 * without a code (say it by its English text).
 *
 * @example
 * ```ts
 * codedReason(report.rejected[0]) // { code: 'not-a-number', params: { column: '1.1', unit: 'ha-noi' } }
 * ```
 *
 * @category Import report
 */
export function codedReason(entry: object): CodedReason | undefined {
  const { reasonCode, reasonParams } = entry as {
    reasonCode?: ReasonCode
    reasonParams?: CodedReason['params']
  }
  return reasonCode === undefined ? undefined : { code: reasonCode, params: reasonParams ?? {} }
}
