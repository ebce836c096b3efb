// Every reason `chiso import methodology` gives about an appendix table (a rejected cell, a note), by its stable
// code: the values each names and its English sentence. The reader makes each one with `appendixReason`, so
// another language can say it from the code and values (`messages/appendix-reasons.ts`).

/** What a sentence reads: the values of any code, as text. */
type Values = Readonly<Record<string, string | undefined>>

/**
 * The English sentence of every appendix reason, by code: the `message` of the rejected cells and notes (the
 * report's JSON carries it unchanged).
 *
 * @example
 * ```ts
 * APPENDIX_REASON_SENTENCES['duplicate-stt']({ stt: '1.2', first: '9' }) // 'duplicate STT 1.2 (first at row 9)'
 * ```
 */
export const APPENDIX_REASON_SENTENCES = {
  'no-stt': (p: Values) => `a row with content but no STT ("${p.content}")`,
  'before-area': (p: Values) => `STT ${p.stt} comes before any area (I, II, …)`,
  'unreadable-stt': (p: Values) =>
    `STT "${p.stt}" is neither a Roman numeral (I, II…) nor numbers joined by dots (1, 1.2, 1.2.3)`,
  'duplicate-stt': (p: Values) => `duplicate STT ${p.stt} (first at row ${p.first})`,
  'no-parent': (p: Values) => `STT ${p.stt} has no parent row above it (${p.parent})`,
  /** `kind`: `maximum` (a points table) or `weight` (a weights table). */
  'max-not-number': (p: Values) => `the ${p.kind} "${p.value}" is not a number`,
  'duplicate-code': (p: Values) => `duplicate code ${p.code} (first at row ${p.first})`,
  'no-content': (p: Values) => `criterion ${p.stt} has no content (title)`,
  'children-sum': (p: Values) =>
    `the maximum of ${p.stt} is ${p.max}, but its ${p.count} children add up to ${p.sum}`,
  'total-sum': (p: Values) => `the total is ${p.total}, but the areas add up to ${p.sum}`,
  'no-criteria': () => 'the table has no criteria below its headings',
  'no-maximum': (p: Values) => `criterion ${p.stt} has no maximum points`,
  'unused-column': () => 'cell in a column the table does not use: ignored',
  'differs-from-carried': (p: Values) =>
    `${p.code}: differs from the methodology the workbook carries (${p.carried}); the table’s text and maximum are used`,
  'unknown-source': (p: Values) =>
    `${p.code}: source "${p.source}" is none of ${p.sources}: kept in the description`,
  'no-one-rule': (p: Values) =>
    `${p.code}: the method text names no one rule: chiso/points (points given directly), the text kept as the description — check it`,
  'new-version-needed': (p: Values) =>
    `the table differs from the methodology the workbook carries (${p.carried}): give the result a new --methodology-version`,
} as const

/**
 * The stable code of an appendix reason.
 *
 * @example
 * ```ts
 * const code: AppendixReasonCode = 'duplicate-stt'
 * ```
 */
export type AppendixReasonCode = keyof typeof APPENDIX_REASON_SENTENCES

/**
 * An appendix reason: its code, its values and its English sentence.
 *
 * @example
 * ```ts
 * const reason: AppendixReason = { code: 'no-criteria', params: {}, text: 'the table has no criteria below its headings' }
 * ```
 */
export interface AppendixReason {
  code: AppendixReasonCode
  params: Readonly<Record<string, string>>
  text: string
}

/**
 * Makes an appendix reason from its code and values, with its English sentence.
 *
 * @example
 * ```ts
 * appendixReason('no-content', { stt: '2.1' }).text // 'criterion 2.1 has no content (title)'
 * ```
 */
export function appendixReason(
  code: AppendixReasonCode,
  params: Readonly<Record<string, string>> = {},
): AppendixReason {
  return { code, params, text: APPENDIX_REASON_SENTENCES[code](params) }
}

/**
 * Attaches a reason's code and values to an issue (a rejected cell, a note) as the non-enumerable
 * `appendixCode` and `appendixParams`: the report's JSON stays as it was. Returns the issue.
 *
 * @example
 * ```ts
 * const note = withAppendixReason({ message: reason.text }, reason)
 * appendixReasonOf(note)?.code // reason.code
 * ```
 */
export function withAppendixReason<T extends object>(issue: T, reason: AppendixReason): T {
  Object.defineProperty(issue, 'appendixCode', { value: reason.code, enumerable: false, configurable: true })
  Object.defineProperty(issue, 'appendixParams', {
    value: reason.params,
    enumerable: false,
    configurable: true,
  })
  return issue
}

/**
 * The code and values attached by {@link withAppendixReason}, or `undefined`.
 *
 * @example
 * ```ts
 * appendixReasonOf(error.issues[0]) // { code: 'duplicate-stt', params: { stt: '1.2', first: '9' } }
 * ```
 */
export function appendixReasonOf(
  issue: object,
): { code: AppendixReasonCode; params: Readonly<Record<string, string>> } | undefined {
  const { appendixCode, appendixParams } = issue as {
    appendixCode?: AppendixReasonCode
    appendixParams?: Readonly<Record<string, string>>
  }
  return appendixCode === undefined ? undefined : { code: appendixCode, params: appendixParams ?? {} }
}
