import * as z from 'zod'
import type { Dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { AggregatorChild, Reporter } from '../plugin/contract.js'
import { defineAggregator } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { weighted, withinChildren } from './weights.js'

/** Options of {@link geometricMean}: none (the weights are the children's `weight`). */
export const GeometricMeanOptionsSchema = lazySchema(() => z.strictObject({}))

/**
 * The weighted geometric mean `Π xᵢ^(wᵢ/Σw)` of the children present, computed as `exp(Σ wᵢ ln xᵢ / Σw)` with
 * guard digits and rounded to 40 significant digits. Reports `AGGREGATOR_DOMAIN` and gives no value when a
 * weighted child is ≤ 0; `ZERO_WEIGHTS` when Σw = 0.
 *
 * @example
 * ```ts
 * geometricMeanOf(children, report) // children 2 and 8, equal weights → '4'
 * ```
 */
export function geometricMeanOf(children: ReadonlyArray<AggregatorChild>, report: Reporter): Dec | null {
  const prepared = weighted(children, report, 'geometric mean')
  if (prepared === null) return null
  const bad = prepared.children.filter((child) => child.value.lte(0))
  if (bad.length > 0) {
    report(
      DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN,
      `geometric mean needs values > 0: ${bad.map((child) => `${child.code} = ${child.value.toFixed()}`).join(', ')}`,
      'error',
    )
    return null
  }
  const logs = prepared.children.reduce(
    (acc, child) => acc.plus(new WideDec(child.value).ln().times(child.weight)),
    new WideDec(0),
  )
  return withinChildren(narrow(logs.div(prepared.total).exp()), prepared.children)
}

/**
 * Weighted geometric mean (*trung bình nhân có trọng số*): `Π xᵢ^(wᵢ/Σw)` over the children present, weights
 * rescaled over them. Less compensatory than the arithmetic mean (a weak child pulls harder), as used by the
 * HDI since 2010. Needs every value > 0: a child ≤ 0 reports `AGGREGATOR_DOMAIN` and the node gets no value.
 *
 * @example
 * ```ts
 * aggregate: { use: 'chiso/geometric-mean' }
 * // children 2 and 8 → '4'; 1, 10, 100 → '10'; weights 3 and 1 on 1 and 16 → '2'; a child 0 → no value
 * ```
 */
export const geometricMean = defineAggregator({
  id: 'chiso/geometric-mean',
  meta: {
    title: 'Weighted geometric mean',
    titleVi: 'Trung bình nhân có trọng số',
    description: 'Π x^(w/Σw) over the children present; values must be > 0 (COINr a_gmean).',
  },
  options: GeometricMeanOptionsSchema,
  aggregate: ({ children, report }) => geometricMeanOf(children, report),
})
