// Checks of numeric API arguments (run counts, seeds, rank targets): a value outside its domain is refused
// with a located ChisoError before it reaches typed arrays or loops, where it would crash or hang.
import { ChisoError, DecimalStringSchema, NonNegativeDecimalStringSchema } from '@chiso/core'

/**
 * Returns `value` when it is a whole number in `[min, max]`, else throws a `ChisoError` (`INVALID_ARGUMENT`)
 * whose path names the argument.
 */
export function wholeNumber(
  value: number,
  path: ReadonlyArray<string>,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in [${min}, ${max}]`
    throw new ChisoError('INVALID_ARGUMENT', `expected a whole number ${range}, got ${String(value)}`, {
      path: [...path],
    })
  }
  return value
}

/** Returns `value` when it is a finite number in `[min, max]`, else throws like {@link wholeNumber}. */
export function numberIn(value: number, path: ReadonlyArray<string>, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ChisoError('INVALID_ARGUMENT', `expected a number in [${min}, ${max}], got ${String(value)}`, {
      path: [...path],
    })
  }
  return value
}

/**
 * Returns `text` when it is a decimal string (`'12.5'`; with `nonNegative`, ≥ 0), else throws like
 * {@link wholeNumber}: a cap or an improvement given through the API is checked like one read from a file.
 */
export function decimalArgument(text: string, path: ReadonlyArray<string>, nonNegative = false): string {
  const schema = nonNegative ? NonNegativeDecimalStringSchema : DecimalStringSchema
  const parsed = schema.safeParse(text)
  if (!parsed.success) {
    throw new ChisoError(
      'INVALID_ARGUMENT',
      `expected a ${nonNegative ? 'decimal string ≥ 0' : 'decimal string'}, got ${JSON.stringify(text)}`,
      { path: [...path] },
    )
  }
  return parsed.data
}
