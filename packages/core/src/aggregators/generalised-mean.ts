import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineAggregator } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { geometricMeanOf } from './geometric-mean.js'
import { weighted, withinChildren } from './weights.js'

/**
 * The largest |p| accepted. Beyond it the mean equals the largest (or smallest) child to more digits than a
 * score shows, while x^p costs time and memory that grow with p (p = 1 000 000 took most of a second per
 * node and unit): a bound on the work a methodology file can ask for.
 */
const MAX_ABS_P = 100

/** Options of {@link generalisedMean}. */
export const GeneralisedMeanOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The power p (required, −100 ≤ p ≤ 100): 1 arithmetic, 0 geometric, −1 harmonic, 2 quadratic. */
    p: DecimalStringSchema.refine((text) => dec(text).abs().lte(MAX_ABS_P), {
      message: `p must lie between -${MAX_ABS_P} and ${MAX_ABS_P} (a larger |p| gives the largest or smallest child for every practical purpose, at a cost that grows with p; use chiso/min for the smallest)`,
    }),
  }),
)

/**
 * Weighted generalised (power) mean: `(Σ wᵢ xᵢ^p / Σw)^(1/p)` over the children present, weights rescaled
 * over them; p lies between −100 and 100 (larger powers are refused as invalid options, so the work stays bounded); `p: '0'` is the geometric mean. Computed with guard digits and rounded to 40 significant digits;
 * p = 1 is exactly the arithmetic mean.
 *
 * Domain (a child outside it reports `AGGREGATOR_DOMAIN` and the node gets no value):
 * - p ≤ 0: every value must be > 0;
 * - p > 0: values ≥ 0, except that negative values are allowed when p is an odd integer (1, 3, …), where
 *   x^p is increasing on all reals. With a non-integer p a negative x^p is undefined; with an even p it is
 *   defined but the result would no longer lie between the children's values, so it is refused too.
 *
 * @example
 * ```ts
 * aggregate: { use: 'chiso/generalised-mean', with: { p: '2' } }
 * // children 1 and 7 → √25 = '5'; with p: '-1' children 1 and 3 → '1.5'; p: '0' children 2 and 8 → '4'
 * ```
 */
export const generalisedMean = defineAggregator({
  id: 'chiso/generalised-mean',
  meta: {
    title: 'Weighted generalised (power) mean',
    titleVi: 'Trung bình luỹ thừa có trọng số',
    description: '(Σ w·x^p / Σw)^(1/p) over the children present; p = 0 is the geometric mean.',
  },
  options: GeneralisedMeanOptionsSchema,
  aggregate: ({ children, options, report }) => {
    const p = dec(options.p)
    if (p.isZero()) return geometricMeanOf(children, report)
    const prepared = weighted(children, report, `generalised mean (p = ${options.p})`)
    if (prepared === null) return null
    const oddInteger = p.isInteger() && p.mod(2).abs().eq(1)
    const allowsNegative = p.isPositive() && oddInteger
    const bad = prepared.children.filter((child) =>
      p.isNegative()
        ? child.value.lte(0)
        : child.value.isNegative() && !child.value.isZero() && !allowsNegative,
    )
    if (bad.length > 0) {
      const need = p.isNegative() ? 'values > 0 for p < 0' : 'values ≥ 0 unless p is an odd integer'
      report(
        DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN,
        `generalised mean (p = ${options.p}) needs ${need}: ${bad.map((child) => `${child.code} = ${child.value.toFixed()}`).join(', ')}`,
        'error',
      )
      return null
    }
    const wideP = new WideDec(p)
    const powered = prepared.children.reduce(
      (acc, child) => acc.plus(new WideDec(child.value).pow(wideP).times(child.weight)),
      new WideDec(0),
    )
    const average = powered.div(prepared.total)
    let result: WideDec
    if (p.eq(1)) result = average
    else if (p.eq(2)) result = average.sqrt()
    else if (average.isNegative() && !average.isZero()) {
      // Only for odd integer p: the real p-th root of a negative number is minus the root of its opposite.
      result = average.negated().pow(new WideDec(1).div(wideP)).negated()
    } else result = average.pow(new WideDec(1).div(wideP))
    return withinChildren(narrow(result), prepared.children)
  },
})
