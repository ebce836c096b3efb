// The built-in outlier treatments, cohort steps of stage `treat` written with defineNormaliser like a plugin's.
import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CohortReporter } from '../plugin/contract.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import {
  DECIMAL_READER,
  limitsOf,
  MomentColumn,
  type SkewKurtosisLimits,
  type ValueReader,
} from './moment-column.js'

const present = (values: ReadonlyArray<Dec | null>): Dec[] =>
  values.filter((value): value is Dec => value !== null)

/**
 * COINr's `winsorise`: while the column fails the skew-and-kurtosis check and fewer than `maxPoints` points
 * were winsorised, replaces the largest value(s) by the next largest when the skew is ≥ 0 (else the smallest
 * by the next smallest). Ties at the extreme move together, and the count is COINr's: the points that share
 * the extreme after the last step, high plus low. `column` holds the present values of `units`, in order.
 */
function winsoriseWhileSkewed(
  column: MomentColumn,
  units: ReadonlyArray<number>,
  maxPoints: number,
  limits: SkewKurtosisLimits,
  reader: ValueReader,
): { high: number[]; low: number[]; count: number } {
  let high: number[] = []
  let low: number[] = []
  let count = 0
  const { values, floats } = column
  // The order of two values: from their floats when these are further apart than the two conversions' errors
  // together (4 units in the last place each), exactly otherwise.
  const order = (i: number, j: number): number => {
    const a = floats[i]!
    const b = floats[j]!
    if (Math.abs(a - b) > 1e-15 * (Math.abs(a) + Math.abs(b))) return a < b ? -1 : 1
    return reader.compare(values[i]!, values[j]!)
  }
  while (!column.passes(limits) && count < maxPoints) {
    const sign = column.skewIsNonNegative() ? 1 : -1
    // The first of the largest (smallest) values, then the first of the next largest (smallest).
    let extreme = 0
    for (let i = 1; i < values.length; i++) if (order(i, extreme) * sign > 0) extreme = i
    let next = -1
    for (let i = 0; i < values.length; i++) {
      if (order(i, extreme) === 0) continue
      if (next === -1 || order(i, next) * sign > 0) next = i
    }
    if (next === -1) break
    const at: number[] = []
    const top = values[extreme]!
    const topFloat = floats[extreme]!
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!
      const float = floats[i]!
      const apart = Math.abs(float - topFloat) > 1e-15 * (Math.abs(float) + Math.abs(topFloat))
      if (value !== top && (apart || reader.compare(value, top) !== 0)) continue
      column.copy(next, i)
      at.push(units[i]!)
    }
    if (sign > 0) high = at
    else low = at
    count = high.length + low.length
  }
  return { high, low, count }
}

/**
 * COINr's `log_CT`: `ln(x − min + 0.01·(max − min))`, computed with 20 guard digits and rounded once to 40
 * significant digits.
 */
function logTransform(values: ReadonlyArray<Dec | null>): Array<Dec | null> {
  const known = present(values)
  const min = known.reduce((a, b) => (b.lt(a) ? b : a))
  const max = known.reduce((a, b) => (b.gt(a) ? b : a))
  const shift = max.minus(min).times('0.01')
  return values.map((value) =>
    value === null ? null : narrow(new WideDec(value).minus(min).plus(shift).ln()),
  )
}

/** Options of {@link skewKurtosis}. */
export const SkewKurtosisOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** Most points to winsorise (COINr's `winmax`). Default 5. */
    maxPoints: z.int().min(0).max(1_000_000).default(5),
    /** The skew limit: |skew| below it passes. Default `'2'`. */
    skew: DecimalStringSchema.default('2'),
    /** The kurtosis limit: kurtosis below it passes. Default `'3.5'`. */
    kurtosis: DecimalStringSchema.default('3.5'),
    /** When winsorising does not pass: `log` (default, COINr's `log_CT` on the original values) or `none`. */
    afterwards: z.enum(['log', 'none']).default('log'),
  }),
)

/** The options of {@link skewKurtosis} with their defaults applied. */
export type SkewKurtosisOptions = z.output<typeof SkewKurtosisOptionsSchema>

/**
 * COINr's default outlier treatment (`Treat` with `winsorise` and `log_CT`): a column fails when |skew| ≥ 2
 * and kurtosis ≥ 3.5 (e1071 type 2, as COINr’s `skew` and `kurt`). A failing column is winsorised point by point (the
 * largest value replaced by the next largest when skew ≥ 0, else the smallest by the next smallest) until it
 * passes or `maxPoints` points were winsorised; if it still fails, the original values are log-transformed
 * instead (`ln(x − min + 0.01·(max − min))`, `afterwards: log`). Reports one `TREATED` diagnostic with what was done,
 * the points winsorised and the skew and kurtosis before and after (COINr's treatment table), or
 * `TREATMENT_FAILED` when the column has fewer than 4 values (it is then left untreated).
 *
 * @example
 * ```ts
 * treat: { use: 'chiso/skew-kurtosis', with: { maxPoints: 5 } }
 * ```
 */
export const skewKurtosis = defineNormaliser({
  id: 'chiso/skew-kurtosis',
  meta: {
    title: 'Winsorise, then log, while skewed (COINr default)',
    titleVi: 'Xử lý ngoại lai theo độ lệch và độ nhọn',
    description:
      'Winsorises up to maxPoints points while |skew| and kurtosis exceed their limits, then log-transforms if still skewed (COINr Treat).',
    stage: 'treat',
  },
  options: SkewKurtosisOptionsSchema,
  normalise: ({ values, options, report, units }) =>
    treatBySkewKurtosis(values, options, report, units, DECIMAL_READER),
})

/**
 * What {@link skewKurtosis} does to a column, with the values read through `reader`: the engine passes one that
 * reads its exact forms of the values without parsing them (`engine/treat-step.ts`); a plugin call reads
 * them with decimal.js. The result and the report are the same either way.
 *
 * @example
 * ```ts
 * treatBySkewKurtosis(values, SkewKurtosisOptionsSchema.parse({}), report, undefined, DECIMAL_READER)
 * ```
 */
export function treatBySkewKurtosis(
  values: ReadonlyArray<Dec | null>,
  options: SkewKurtosisOptions,
  report: CohortReporter,
  units: ReadonlyArray<string> | undefined,
  reader: ValueReader,
): ReadonlyArray<Dec | null> {
  const limits = limitsOf(options)
  const { column, at } = MomentColumn.ofPresent(values, reader)
  const count = at.length
  if (count < 4) return tooFew(values, count, report)
  const before = column.describe()
  if (column.passes(limits)) {
    report(DIAGNOSTIC_CODES.TREATED, `no treatment needed: ${before}`, 'info')
    return values
  }
  const { high, low, count: points } = winsoriseWhileSkewed(column, at, options.maxPoints, limits, reader)
  const afterWinsorising = column.describe()
  const passed = column.passes(limits)
  const named = (list: number[]) => list.map((unit) => units?.[unit] ?? `#${unit + 1}`).join(', ')
  const where = [high.length > 0 ? `high: ${named(high)}` : '', low.length > 0 ? `low: ${named(low)}` : '']
    .filter(Boolean)
    .join('; ')
  if (passed || options.afterwards === 'none') {
    report(
      DIAGNOSTIC_CODES.TREATED,
      `winsorised ${points} point(s)${where ? ` (${where})` : ''}: ${before} → ${afterWinsorising}${passed ? '' : ' (still beyond the limits)'}`,
      'info',
    )
    const winsorised = [...values]
    at.forEach((unit, i) => {
      winsorised[unit] = column.values[i]!
    })
    return winsorised
  }
  const logged = logTransform(values)
  report(
    DIAGNOSTIC_CODES.TREATED,
    `winsorising ${points} point(s) did not pass (${afterWinsorising}); log-transformed the original values instead: ${before} → ${describeMoments(logged, reader)}`,
    'info',
  )
  return logged
}

const describeMoments = (values: ReadonlyArray<Dec | null>, reader: ValueReader = DECIMAL_READER): string =>
  new MomentColumn(present(values), reader).describe()

function tooFew(
  values: ReadonlyArray<Dec | null>,
  count: number,
  report: CohortReporter,
): ReadonlyArray<Dec | null> {
  report(
    DIAGNOSTIC_CODES.TREATMENT_FAILED,
    `only ${count} unit(s) have a value; skew and kurtosis need at least 4, so the values are left untreated`,
    'error',
  )
  return values
}

/** Options of {@link winsorise}. */
export const WinsoriseOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** How many of the largest values to pull in to the next largest, one at a time. Default 0. */
    high: z.int().min(0).max(1_000_000).default(0),
    /** How many of the smallest values to pull up to the next smallest, one at a time. Default 0. */
    low: z.int().min(0).max(1_000_000).default(0),
  }),
)

/**
 * Plain winsorisation: the `high` largest values are pulled in to the next largest one at a time (ties move
 * together), and likewise the `low` smallest, whatever the skew. Reports one `TREATED` diagnostic with the
 * points moved and the skew and kurtosis before and after. A value never leaves the original range.
 *
 * @example
 * ```ts
 * treat: { use: 'chiso/winsorise', with: { high: 2 } }
 * // values 1, 2, 3, 50, 99 → '1', '2', '3', '3', '3'
 * ```
 */
export const winsorise = defineNormaliser({
  id: 'chiso/winsorise',
  meta: {
    title: 'Winsorise a number of points',
    titleVi: 'Winsorise một số điểm',
    description:
      'Pulls the largest and smallest values in to their neighbours, a given number of points at each end.',
    stage: 'treat',
  },
  options: WinsoriseOptionsSchema,
  normalise: ({ values, options, report }) => {
    const out = [...values]
    const before = values
    let moved = 0
    for (const [side, times] of [
      ['high', options.high],
      ['low', options.low],
    ] as const) {
      for (let step = 0; step < times; step++) {
        const known = present(out)
        const upper = side === 'high'
        if (known.length < 2) break
        const extreme = known.reduce((a, b) => (upper ? (b.gt(a) ? b : a) : b.lt(a) ? b : a))
        const rest = known.filter((value) => !value.eq(extreme))
        if (rest.length === 0) break
        const next = rest.reduce((a, b) => (upper ? (b.gt(a) ? b : a) : b.lt(a) ? b : a))
        out.forEach((value, unit) => {
          if (value?.eq(extreme)) {
            out[unit] = next
            moved++
          }
        })
      }
    }
    report(
      DIAGNOSTIC_CODES.TREATED,
      `winsorised ${moved} value(s): ${describeMoments(before)} → ${describeMoments(out)}`,
      'info',
    )
    return out
  },
})

/** Options of {@link clip}. */
export const ClipOptionsSchema = lazySchema(() =>
  z
    .strictObject({
      /** Values below it become it. */
      lower: DecimalStringSchema.optional(),
      /** Values above it become it. */
      upper: DecimalStringSchema.optional(),
    })
    .refine((options) => options.lower !== undefined || options.upper !== undefined, {
      message: 'give lower, upper or both',
    })
    .refine(
      (options) =>
        options.lower === undefined || options.upper === undefined || dec(options.lower).lte(options.upper),
      {
        message: 'lower must not be above upper',
        path: ['upper'],
      },
    ),
)

/**
 * Clipping to fixed bounds: values below `lower` become `lower`, values above `upper` become `upper`.
 *
 * @example
 * ```ts
 * treat: { use: 'chiso/clip', with: { lower: '0', upper: '100' } }
 * // values -5, 50, 120 → '0', '50', '100'
 * ```
 */
export const clip = defineNormaliser({
  id: 'chiso/clip',
  meta: {
    title: 'Clip to bounds',
    titleVi: 'Cắt theo ngưỡng',
    description: 'Values below lower become lower, values above upper become upper.',
    stage: 'treat',
  },
  options: ClipOptionsSchema,
  normalise: ({ values, options }) => {
    const lower = options.lower === undefined ? null : dec(options.lower)
    const upper = options.upper === undefined ? null : dec(options.upper)
    return values.map((value) => {
      if (value === null) return null
      if (lower !== null && value.lt(lower)) return lower
      if (upper !== null && value.gt(upper)) return upper
      return value
    })
  },
})
