// Float64 aggregation of one tree node over all units at once (column by column), for the simulation kernel.
// Each unit's result repeats the per-unit formulas of the built-in aggregators operation for operation (same
// additions in the same child order), so it is bit-identical to aggregating each unit's list of children; the
// column order only removes the per-unit lists and their allocations. Official scores never go through here.
import type { PluginCall } from '@chiso/core'
import { portableExp, portableLog } from './portable-math.js'

const OK = 0
const NA = 1
const MISSING = 2
const ERROR = 3

/** Which formula a column aggregator runs. */
type AggregatorKind = 'sum' | 'mean' | 'geometric' | 'harmonic' | 'power' | 'min'

/**
 * A built-in aggregator as the kernel runs it: its formula, and its exponent for the generalised mean.
 *
 * @example
 * ```ts
 * columnAggregator('chiso/generalised-mean', { p: '2' }) // { kind: 'power', p: 2, additive: false }
 * ```
 */
export interface ColumnAggregator {
  readonly kind: AggregatorKind
  readonly p: number
  /** `chiso/sum`: children with zero weight still count, and the result is capped by the children's maxima. */
  readonly additive: boolean
}

/**
 * The column aggregator of a built-in aggregator id with its options, or `null` when the kernel has none.
 *
 * @example
 * ```ts
 * columnAggregator('chiso/mean')?.kind // 'mean'
 * columnAggregator('acme/custom')      // null
 * ```
 */
export function columnAggregator(id: string, options: PluginCall['with'] = {}): ColumnAggregator | null {
  const of = (kind: AggregatorKind, p = 1): ColumnAggregator => ({ kind, p, additive: kind === 'sum' })
  switch (id) {
    case 'chiso/sum':
      return of('sum')
    case 'chiso/mean':
      return of('mean')
    case 'chiso/geometric-mean':
      return of('geometric')
    case 'chiso/harmonic-mean':
      return of('harmonic')
    case 'chiso/generalised-mean': {
      const p = options?.p === undefined ? 1 : Number(options.p)
      return p === 0 ? of('geometric') : of('power', p)
    }
    case 'chiso/min':
      return of('min')
    default:
      return null
  }
}

/** Per-unit accumulators shared by every node of one kernel (nodes are aggregated one after the other). */
export interface AggregationScratch {
  readonly sum: Float64Array
  readonly total: Float64Array
  readonly maxSum: Float64Array
  readonly count: Int32Array
  /** Bits: ERROR seen, a child not NA seen, a value outside the formula's domain, a negative weight. */
  readonly flags: Uint8Array
}

const SAW_ERROR = 1
const SAW_PRESENT = 2
const OUT_OF_DOMAIN = 4
const NEGATIVE_WEIGHT = 8

/**
 * Preallocates the accumulators for `size` units.
 *
 * @example
 * ```ts
 * const scratch = aggregationScratch(51)
 * ```
 */
export function aggregationScratch(size: number): AggregationScratch {
  return {
    sum: new Float64Array(size),
    total: new Float64Array(size),
    maxSum: new Float64Array(size),
    count: new Int32Array(size),
    flags: new Uint8Array(size),
  }
}

/** The columns of one node's children, as the kernel holds them in the current run. */
export interface ChildColumns {
  readonly values: ReadonlyArray<Float64Array>
  readonly maxes: ReadonlyArray<Float64Array>
  readonly status: ReadonlyArray<Uint8Array>
  /** Natural logs of a child's values when the kernel has them cached (else `null`: computed here). */
  readonly logs: ReadonlyArray<Float64Array | null>
}

/** Where one node's aggregate goes. */
export interface NodeColumns {
  readonly value: Float64Array
  readonly max: Float64Array
  readonly status: Uint8Array
}

/**
 * Aggregates the children `children` (with this run's weights `weights`, one per child) into `out`: each unit's
 * status (error, not applicable, missing, ok), value and, for sums, maximum — exactly as the per-unit
 * aggregators compute them.
 *
 * @example
 * ```ts
 * aggregateColumns(columnAggregator('chiso/mean')!, [0, 1], new Float64Array([1, 2]), Number.NaN, columns, out, scratch)
 * ```
 */
export function aggregateColumns(
  aggregator: ColumnAggregator,
  children: ArrayLike<number>,
  weights: Float64Array,
  declaredMax: number,
  columns: ChildColumns,
  out: NodeColumns,
  scratch: AggregationScratch,
): void {
  const { kind, p, additive } = aggregator
  const { sum, total, maxSum, count, flags } = scratch
  const size = out.value.length
  sum.fill(kind === 'min' ? Number.POSITIVE_INFINITY : 0)
  total.fill(0)
  maxSum.fill(0)
  count.fill(0)
  flags.fill(0)
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!
    const w = weights[i]!
    const values = columns.values[c]!
    const maxes = columns.maxes[c]!
    const status = columns.status[c]!
    const logs = columns.logs[c] ?? null
    // A zero weight drops a child from every mean, but a sum still counts it.
    const skip = w === 0 && !additive
    const negative = w < 0 ? NEGATIVE_WEIGHT : 0
    for (let u = 0; u < size; u++) {
      const s = status[u]!
      if (s === ERROR) flags[u]! |= SAW_ERROR
      if (s !== NA) flags[u]! |= SAW_PRESENT
      if (s !== OK || skip) continue
      const v = values[u]!
      count[u]!++
      maxSum[u]! += maxes[u]!
      switch (kind) {
        case 'sum':
          sum[u]! += v
          break
        case 'min':
          sum[u] = Math.min(sum[u]!, v)
          break
        case 'mean':
          total[u]! += w
          flags[u]! |= negative
          sum[u]! += w * v
          break
        case 'geometric':
          total[u]! += w
          flags[u]! |= negative
          if (v <= 0) flags[u]! |= OUT_OF_DOMAIN
          else sum[u]! += w * (logs === null ? portableLog(v) : logs[u]!)
          break
        case 'harmonic':
          total[u]! += w
          flags[u]! |= negative
          if (v <= 0) flags[u]! |= OUT_OF_DOMAIN
          else sum[u]! += w / v
          break
        case 'power':
          total[u]! += w
          flags[u]! |= negative
          if ((p < 0 && v <= 0) || (p > 0 && v < 0)) flags[u]! |= OUT_OF_DOMAIN
          else sum[u]! += w * v ** p
          break
      }
    }
  }
  for (let u = 0; u < size; u++) {
    const f = flags[u]!
    out.max[u] = Number.NaN
    if (f & SAW_ERROR || count[u] === 0) {
      out.status[u] = f & SAW_ERROR ? ERROR : f & SAW_PRESENT ? MISSING : NA
      out.value[u] = Number.NaN
      continue
    }
    // The weights' total is not a number when one is negative or all are zero (as in the per-unit formulas).
    const t = f & NEGATIVE_WEIGHT || total[u] === 0 ? Number.NaN : total[u]!
    let result: number
    if (f & OUT_OF_DOMAIN) result = Number.NaN
    else if (kind === 'sum' || kind === 'min') result = sum[u]!
    else if (kind === 'mean') result = sum[u]! / t
    else if (kind === 'geometric') result = portableExp(sum[u]! / t)
    else if (kind === 'harmonic') result = t / sum[u]!
    else result = (sum[u]! / t) ** (1 / p)
    if (Number.isNaN(result)) {
      out.status[u] = ERROR
      out.value[u] = Number.NaN
      continue
    }
    out.status[u] = OK
    if (additive && !Number.isNaN(maxSum[u]!)) {
      const m = Number.isNaN(declaredMax) ? maxSum[u]! : Math.min(maxSum[u]!, declaredMax)
      if (result > m) result = m
      out.max[u] = m
    }
    out.value[u] = result
  }
}
