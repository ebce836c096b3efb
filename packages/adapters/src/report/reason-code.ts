import { REASON_SENTENCES, type ReasonParams } from './reason-text.js'

export type { ReasonParams, ReasonParamsOf } from './reason-text.js'

/**
 * The stable code of every reason an import gives (an ignored range, a rejected cell, a warning). The English
 * `reason` text stays what it always was (reports and JSON outputs carry it); the code and its parameters let
 * a program, such as the CLI under `--lang vi`, say the same reason in another language.
 *
 * @example
 * ```ts
 * const code: ReasonCode = 'not-a-number'
 * ```
 *
 * @category Import report
 */
export type ReasonCode = keyof ReasonParams

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
 * A reason as a reader builds it: its code, its values and its English sentence (`text`, the report's
 * `reason`).
 *
 * @example
 * ```ts
 * const reason: Reason = { code: 'no-header', params: {}, text: 'no header' }
 * ```
 *
 * @category Import report
 */
export interface Reason extends CodedReason {
  text: string
}

/**
 * The one way a reader makes a reason: from its code and values, with its English sentence
 * (`REASON_SENTENCES`). Values left undefined are left out of `params`.
 *
 * @example
 * ```ts
 * reasonOf('not-a-leaf', { header: 'Ghi chú' })
 * // { code: 'not-a-leaf', params: { header: 'Ghi chú' },
 * //   text: 'the header "Ghi chú" is not a leaf code (map it with a mapping file)' }
 * ```
 *
 * @category Import report
 */
export function reasonOf<C extends ReasonCode>(
  code: C,
  ...values: Record<never, never> extends ReasonParams[C] ? [ReasonParams[C]?] : [ReasonParams[C]]
): Reason {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(values[0] ?? {}))
    if (value !== undefined) params[key] = value as string
  return { code, params, text: REASON_SENTENCES[code](params) }
}

/**
 * A report entry with its reason: `entry` given its `reason` text (after its other fields, as reports always
 * wrote it) and the reason's code and values attached as by {@link withReasonCode}.
 *
 * @example
 * ```ts
 * const range = reasoned({ fromRow: 4, toRow: 4, fromColumn: 1, toColumn: 3 }, reasonOf('blank-row'))
 * range.reason // 'blank row'
 * ```
 *
 * @category Import report
 */
export function reasoned<T extends object>(entry: T, reason: Reason): T & { reason: string } {
  return withReasonCode({ ...entry, reason: reason.text }, reason)
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
