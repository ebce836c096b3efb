/**
 * The stable reason codes of the errors and issues users meet most often. An error or issue that carries one
 * (see {@link withErrorReason}) can be said in another language from the code and its values: the CLI says it
 * in Vietnamese under `--lang vi`. The English `message` stays what it always was.
 *
 * @example
 * ```ts
 * const code: ErrorReasonCode = 'decimal.expected'
 * ```
 *
 * @category Errors
 */
export type ErrorReasonCode =
  // A decimal written where one is expected (a max, a weight, a value).
  | 'decimal.expected'
  | 'decimal.expected-any'
  | 'decimal.inexact'
  | 'decimal.negative'
  // Schema failures of any document, from zod (path + what was expected).
  | 'schema.missing-key'
  | 'schema.type'
  | 'schema.option'
  | 'schema.unknown-keys'
  | 'schema.discriminator'
  | 'schema.invalid'
  // The structure of a methodology or dataset.
  | 'methodology.duplicate-node'
  | 'methodology.children-and-rule'
  | 'methodology.leaf-needs-rule'
  | 'methodology.leaf-needs-max'
  | 'methodology.no-breaker-node'
  | 'methodology.plugin-required'
  | 'methodology.unknown-item'
  | 'methodology.item-needs-plugin'
  | 'dataset.duplicate-unit'
  // The options (`with`) of a built-in method.
  | 'options.order'
  | 'options.points-needs-max'
  // Something asked for by name that does not exist.
  | 'not-found.unit'
  | 'not-found.node'
  | 'not-found.rank-node'
  | 'not-found.catalogue'
  | 'not-found.unit-not-ranked'
  | 'not-found.unit-among'
  | 'not-found.node-among'
  // Hints (the values are the error's own).
  | 'hint.catalogue-versions'
  | 'hint.catalogue-ids'

/**
 * A reason's code and the values its sentence names (a node code, a unit code, what was given…), all as
 * text; `hint` names the sentence of the error's hint, said with the same values. Core's codes are
 * {@link ErrorReasonCode}; a program that raises its own errors may give them codes of its own (`Code`).
 *
 * @example
 * ```ts
 * const reason: ErrorReason = { code: 'not-found.unit', params: { holder: 'dataset', unit: 'ha-noi' } }
 * ```
 *
 * @category Errors
 */
export interface ErrorReason<Code extends string = ErrorReasonCode> {
  readonly code: Code
  readonly params: Readonly<Record<string, string>>
  readonly hint?: Code
}

// Not enumerable: `JSON.stringify` of an error or issue, and every output built from one, stays byte-identical.
const PROPERTY = 'errorReason'

/**
 * Attaches a reason (see {@link ErrorReason}) to an error or issue, as the non-enumerable property
 * `errorReason`: JSON outputs do not change, and a copy made with `{ ...issue }` does not keep it (copy it with
 * {@link copyErrorReason}). Returns the target, so it can be pushed or thrown at once.
 *
 * @example
 * ```ts
 * const issue = withErrorReason({ message: 'the dataset has no unit "x"' }, { code: 'not-found.unit', params: { unit: 'x' } })
 * errorReasonOf(issue)?.code // 'not-found.unit'
 * JSON.stringify(issue)      // '{"message":"the dataset has no unit \\"x\\""}'
 * ```
 *
 * @category Errors
 */
export function withErrorReason<T extends object>(target: T, reason: ErrorReason<string> | undefined): T {
  if (reason === undefined) return target
  Object.defineProperty(target, PROPERTY, { value: reason, enumerable: false, configurable: true })
  return target
}

/**
 * The reason attached to an error or issue by {@link withErrorReason}, or `undefined` for one without (say it
 * by its English message, or by the general sentence of its code).
 *
 * @example
 * ```ts
 * errorReasonOf(new ChisoError('NOT_FOUND', 'no unit X')) // undefined
 * ```
 *
 * @category Errors
 */
export function errorReasonOf(target: object): ErrorReason<string> | undefined {
  const reason = (target as { [PROPERTY]?: unknown })[PROPERTY]
  return typeof reason === 'object' && reason !== null && typeof (reason as ErrorReason).code === 'string'
    ? (reason as ErrorReason<string>)
    : undefined
}

/**
 * Gives a copy of an error or issue the reason of its original (a spread copy loses it): returns `copy`.
 *
 * @example
 * ```ts
 * const located = copyErrorReason(issue, { ...issue, file: 'm.yaml' })
 * ```
 *
 * @category Errors
 */
export function copyErrorReason<T extends object>(original: object, copy: T): T {
  return withErrorReason(copy, errorReasonOf(original))
}
