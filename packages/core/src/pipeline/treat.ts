// The built-in outlier treatments, cohort steps of stage `treat` written with defineNormaliser like a plugin's.
import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CohortReporter } from '../plugin/contract.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { describeSkewKurtosis, passesSkewKurtosis, scaledIntegers, skewIsNonNegative } from './moments.js'

const present = (values: ReadonlyArray<Dec | null>): Dec[] =>
  values.filter((value): value is Dec => value !== null)

/**
 * COINr's `winsorise`: while the column fails the skew-and-kurtosis check and fewer than `maxPoints` points
 * were winsorised, replaces the largest value(s) by the next largest when the skew is ≥ 0 (else the smallest
 * by the next smallest). Ties at the extreme move together, and the count is COINr's: the points that share
 * the extreme after the last step, high plus low.
 */
function winsoriseWhileSkewed(
  values: Array<Dec | null>,
  maxPoints: number,
  skewLimit: Dec,
  kurtosisLimit: Dec,
): { high: number[]; low: number[]; count: number } {
  let high: number[] = []
  let low: number[] = []
  let count = 0
  // The present values as integers at one scale, converted once: winsorising only copies values, so the
  // scale never changes, and every skew-and-kurtosis test is an exact integer comparison.
  const units = values.flatMap((value, unit) => (value === null ? [] : [unit]))
  const ints = scaledIntegers(units.map((unit) => values[unit]!))
  while (!passesSkewKurtosis(ints, skewLimit, kurtosisLimit) && count < maxPoints) {
    const upper = skewIsNonNegative(ints)
    // BigInts: Math.max and Math.min do not take them.
    const pick = (a: bigint, b: bigint) => (upper === b > a ? b : a)
    const extreme = ints.reduce(pick)
    const rest = ints.filter((value) => value !== extreme)
    if (rest.length === 0) break
    const next = rest.reduce(pick)
    const nextUnit = units[ints.indexOf(next)]!
    const at: number[] = []
    ints.forEach((value, i) => {
      if (value !== extreme) return
      ints[i] = next
      values[units[i]!] = values[nextUnit]!
      at.push(units[i]!)
    })
    if (upper) high = at
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
export const SkewKurtosisOptionsSchema = z.strictObject({
  /** Most points to winsorise (COINr's `winmax`). Default 5. */
  maxPoints: z.int().min(0).max(1_000_000).default(5),
  /** The skew limit: |skew| below it passes. Default `'2'`. */
  skew: DecimalStringSchema.default('2'),
  /** The kurtosis limit: kurtosis below it passes. Default `'3.5'`. */
  kurtosis: DecimalStringSchema.default('3.5'),
  /** When winsorising does not pass: `log` (default, COINr's `log_CT` on the original values) or `none`. */
  afterwards: z.enum(['log', 'none']).default('log'),
})

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
  normalise: ({ values, options, report, units }) => {
    const skewLimit = dec(options.skew)
    const kurtosisLimit = dec(options.kurtosis)
    const count = present(values).length
    if (count < 4) return tooFew(values, count, report)
    const before = values
    if (passesSkewKurtosis(present(values), skewLimit, kurtosisLimit)) {
      report(DIAGNOSTIC_CODES.TREATED, `no treatment needed: ${describeMoments(before)}`, 'info')
      return values
    }
    const winsorised = [...values]
    const {
      high,
      low,
      count: points,
    } = winsoriseWhileSkewed(winsorised, options.maxPoints, skewLimit, kurtosisLimit)
    const afterWinsorising = winsorised
    const passed = passesSkewKurtosis(present(winsorised), skewLimit, kurtosisLimit)
    const named = (at: number[]) => at.map((unit) => units?.[unit] ?? `#${unit + 1}`).join(', ')
    const where = [high.length > 0 ? `high: ${named(high)}` : '', low.length > 0 ? `low: ${named(low)}` : '']
      .filter(Boolean)
      .join('; ')
    if (passed || options.afterwards === 'none') {
      report(
        DIAGNOSTIC_CODES.TREATED,
        `winsorised ${points} point(s)${where ? ` (${where})` : ''}: ${describeMoments(before)} → ${describeMoments(afterWinsorising)}${passed ? '' : ' (still beyond the limits)'}`,
        'info',
      )
      return winsorised
    }
    const logged = logTransform(values)
    report(
      DIAGNOSTIC_CODES.TREATED,
      `winsorising ${points} point(s) did not pass (${describeMoments(afterWinsorising)}); log-transformed the original values instead: ${describeMoments(before)} → ${describeMoments(logged)}`,
      'info',
    )
    return logged
  },
})

const describeMoments = (values: ReadonlyArray<Dec | null>): string => describeSkewKurtosis(present(values))

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
export const WinsoriseOptionsSchema = z.strictObject({
  /** How many of the largest values to pull in to the next largest, one at a time. Default 0. */
  high: z.int().min(0).max(1_000_000).default(0),
  /** How many of the smallest values to pull up to the next smallest, one at a time. Default 0. */
  low: z.int().min(0).max(1_000_000).default(0),
})

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
export const ClipOptionsSchema = z
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
