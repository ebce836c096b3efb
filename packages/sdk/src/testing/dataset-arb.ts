import type { Dataset, Methodology, MethodologyNode, Observation } from '@chiso/core'
import * as fc from 'fast-check'
import { decimalStringArb } from './decimal-string-arb.js'

/**
 * The value of one observation: a decimal string or a yes/no.
 *
 * @example
 * ```ts
 * const values: ObservationValue[] = ['7.5', true]
 * ```
 *
 * @category Testing
 */
export type ObservationValue = string | boolean

/**
 * Options of {@link datasetArb}.
 *
 * @example
 * ```ts
 * const options: DatasetArbOptions = { units: { min: 2, max: 5 }, naRate: 0.2, missingRate: 0 }
 * fc.sample(datasetArb(methodology, options), 1)
 * ```
 *
 * @category Testing
 */
export interface DatasetArbOptions {
  /** How many units: a number, or a range. Default `{ min: 1, max: 8 }`. */
  units?: number | { min: number; max: number }
  /** Share of cells that are not applicable (`'NA'`). Default `0.1`. */
  naRate?: number
  /** Share of cells that are missing: no observation, or one with `value: null`. Default `0.1`. */
  missingRate?: number
  /**
   * The value of a leaf's observation, when the default does not fit. Defaults: `chiso/yes-no` → a boolean;
   * a leaf with a `max` → a decimal in `[0, max]` (2 decimals); any other leaf → a decimal in
   * `[-1000, 1000]` (2 decimals). Return `undefined` to keep the default.
   */
  leafValue?: (leaf: MethodologyNode) => fc.Arbitrary<ObservationValue> | undefined
}

/** A cell: a value, not applicable, or missing (omitted, or given as `null`). */
type Cell =
  | { kind: 'value'; value: ObservationValue }
  | { kind: 'na' }
  | { kind: 'missing'; explicit: boolean }

/**
 * Every leaf of a methodology, in tree order (depth first, children in declared order).
 *
 * @example
 * ```ts
 * leavesOf(methodology).map((leaf) => leaf.code) // ['1.1', '1.2', '2']
 * ```
 *
 * @category Testing
 */
export function leavesOf(methodology: Methodology): MethodologyNode[] {
  const out: MethodologyNode[] = []
  const visit = (node: MethodologyNode) => {
    if (node.children) node.children.forEach(visit)
    else out.push(node)
  }
  methodology.tree.forEach(visit)
  return out
}

/**
 * Random datasets for a methodology: units `U1`…`Un` (named `Unit 1`…) and, for every unit and every leaf,
 * one `value` observation — a value, `'NA'` (with probability `naRate`), or missing (with probability
 * `missingRate`: either no observation or `value: null`). Leaves of a points methodology get values in
 * `[0, max]`; see {@link DatasetArbOptions.leafValue} to change that. Leaves whose rule reads other fields
 * (`done`/`total`) are not covered: give those rules' cases by hand.
 *
 * The value is a parsed {@link Dataset} (`field: 'value'` explicit), in unit order then leaf order.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check'
 * import { datasetArb, pointsMethodologyArb } from '@chiso/sdk/testing'
 *
 * const arb = pointsMethodologyArb().chain((m) => datasetArb(m, { units: 3, naRate: 0.2 }))
 * const [data] = fc.sample(arb, { numRuns: 1, seed: 1 })
 * data.units // [{ code: 'U1', name: 'Unit 1' }, { code: 'U2', … }, { code: 'U3', … }]
 * data.observations[0] // e.g. { unit: 'U1', node: '1.1', field: 'value', value: '3.75' }
 * ```
 *
 * @category Testing
 */
export function datasetArb(methodology: Methodology, options: DatasetArbOptions = {}): fc.Arbitrary<Dataset> {
  const naRate = rate(options.naRate ?? 0.1, 'naRate')
  const missingRate = rate(options.missingRate ?? 0.1, 'missingRate')
  if (naRate + missingRate > 1) {
    throw new RangeError(`datasetArb: naRate + missingRate must not exceed 1, got ${naRate + missingRate}`)
  }
  const { min, max } =
    typeof options.units === 'number'
      ? { min: options.units, max: options.units }
      : (options.units ?? { min: 1, max: 8 })
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    throw new RangeError(`datasetArb: units must be integers with 0 ≤ min ≤ max, got ${min}…${max}`)
  }
  const leaves = leavesOf(methodology)
  const cells = leaves.map((leaf) => cellArb(valueArb(leaf, options.leafValue), naRate, missingRate))
  const row = fc.tuple(...cells)
  return fc.array(row, { minLength: min, maxLength: max }).map((rows): Dataset => {
    const units = rows.map((_, index) => ({ code: `U${index + 1}`, name: `Unit ${index + 1}` }))
    const observations: Observation[] = []
    rows.forEach((cellsOfUnit, u) => {
      cellsOfUnit.forEach((cell, l) => {
        const base = { unit: units[u]!.code, node: leaves[l]!.code, field: 'value' }
        if (cell.kind === 'value') observations.push({ ...base, value: cell.value })
        else if (cell.kind === 'na') observations.push({ ...base, value: 'NA' })
        else if (cell.explicit) observations.push({ ...base, value: null })
      })
    })
    return { units, observations }
  })
}

function rate(value: number, name: string): number {
  if (!(value >= 0 && value <= 1))
    throw new RangeError(`datasetArb: ${name} must lie in [0, 1], got ${value}`)
  return value
}

function valueArb(
  leaf: MethodologyNode,
  custom: DatasetArbOptions['leafValue'],
): fc.Arbitrary<ObservationValue> {
  const chosen = custom?.(leaf)
  if (chosen) return chosen
  if (leaf.rule?.use === 'chiso/yes-no') return fc.boolean()
  if (leaf.max !== undefined) return decimalStringArb({ min: '0', max: leaf.max, scale: 2 })
  return decimalStringArb({ min: '-1000', max: '1000', scale: 2 })
}

// Probabilities become integer weights (per mille) of fc.oneof; arms of weight 0 are left out.
function cellArb(
  value: fc.Arbitrary<ObservationValue>,
  naRate: number,
  missingRate: number,
): fc.Arbitrary<Cell> {
  const na = Math.round(naRate * 1000)
  const missing = Math.round(missingRate * 1000)
  const arms: Array<fc.WeightedArbitrary<Cell>> = []
  const present = 1000 - na - missing
  if (present > 0)
    arms.push({ arbitrary: value.map((v): Cell => ({ kind: 'value', value: v })), weight: present })
  if (na > 0) arms.push({ arbitrary: fc.constant<Cell>({ kind: 'na' }), weight: na })
  if (missing > 0) {
    arms.push({
      arbitrary: fc.boolean().map((explicit): Cell => ({ kind: 'missing', explicit })),
      weight: missing,
    })
  }
  return fc.oneof(...arms)
}
