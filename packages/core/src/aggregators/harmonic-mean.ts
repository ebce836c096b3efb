import * as z from 'zod'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineAggregator } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { weighted, withinChildren } from './weights.js'

/** Options of {@link harmonicMean}: none (the weights are the children's `weight`). */
export const HarmonicMeanOptionsSchema = lazySchema(() => z.strictObject({}))

/**
 * Weighted harmonic mean (*trung bình điều hoà có trọng số*): `Σw / Σ(wᵢ / xᵢ)` over the children present,
 * computed with guard digits and rounded to 40 significant digits. The least compensatory of the classic
 * means. Needs every value > 0: a child ≤ 0 reports `AGGREGATOR_DOMAIN` and the node gets no value.
 *
 * @example
 * ```ts
 * aggregate: { use: 'chiso/harmonic-mean' }
 * // children 1 and 3 → '1.5'; 2, 3, 6 → '3'; a child 0 → no value (AGGREGATOR_DOMAIN)
 * ```
 */
export const harmonicMean = defineAggregator({
  id: 'chiso/harmonic-mean',
  meta: {
    title: 'Weighted harmonic mean',
    titleVi: 'Trung bình điều hoà có trọng số',
    description: 'Σw / Σ(w/x) over the children present; values must be > 0 (COINr a_hmean).',
  },
  options: HarmonicMeanOptionsSchema,
  aggregate: ({ children, report }) => {
    const prepared = weighted(children, report, 'harmonic mean')
    if (prepared === null) return null
    const bad = prepared.children.filter((child) => child.value.lte(0))
    if (bad.length > 0) {
      report(
        DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN,
        `harmonic mean needs values > 0: ${bad.map((child) => `${child.code} = ${child.value.toFixed()}`).join(', ')}`,
        'error',
      )
      return null
    }
    const reciprocals = prepared.children.reduce(
      (acc, child) => acc.plus(new WideDec(child.weight).div(child.value)),
      new WideDec(0),
    )
    return withinChildren(narrow(new WideDec(prepared.total).div(reciprocals)), prepared.children)
  },
})
