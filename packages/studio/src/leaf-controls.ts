// What a what-if slider needs to know about one input of one unit: its current value and the range it can move
// in. The range comes from the data itself (no invented bounds): from 0 (or the lowest value any unit has) to
// the highest value any unit has — for a `done` count, up to the unit's own `total` — in steps as fine as the
// finest decimals written in that column (at most 0.01).
import type { Dataset, Observation } from '@chiso/core'

/** One input of one unit that a what-if control can change. */
export interface LeafControl {
  readonly node: string
  readonly field: string
  readonly kind: 'number' | 'boolean' | 'fixed'
  /** The value as in the data: a decimal string, a boolean, `'NA'` or `null`. */
  readonly value: Observation['value']
  readonly min: number
  readonly max: number
  /** The number of decimals of a step (0: whole numbers). */
  readonly decimals: number
}

/**
 * The controls of a unit's inputs, in the order of the methodology's leaves.
 *
 * @example
 * ```ts
 * leafControls(dataset, 'dong-son', ['1.1.1', '1.1.2'])
 * // [{ node: '1.1.1', field: 'value', kind: 'boolean', value: true, … }, { node: '1.1.2', field: 'done', … }, …]
 * ```
 */
export function leafControls(dataset: Dataset, unit: string, leaves: ReadonlyArray<string>): LeafControl[] {
  const ranges = new Map<string, { min: number; max: number; decimals: number }>()
  for (const observation of dataset.observations) {
    if (typeof observation.value !== 'string' || observation.value === 'NA') continue
    const key = `${observation.node}:${observation.field}`
    const number = Number(observation.value)
    const decimals = Math.min(2, observation.value.split('.')[1]?.length ?? 0)
    const range = ranges.get(key) ?? { min: 0, max: 0, decimals: 0 }
    ranges.set(key, {
      min: Math.min(range.min, number),
      max: Math.max(range.max, number),
      decimals: Math.max(range.decimals, decimals),
    })
  }
  const own = dataset.observations.filter((observation) => observation.unit === unit)
  const order = new Map(leaves.map((code, index) => [code, index]))
  return own
    .filter((observation) => order.has(observation.node))
    .sort((a, b) => order.get(a.node)! - order.get(b.node)! || a.field.localeCompare(b.field))
    .map((observation) => {
      const range = ranges.get(`${observation.node}:${observation.field}`) ?? { min: 0, max: 1, decimals: 0 }
      const total = own.find((other) => other.node === observation.node && other.field === 'total')
      const max =
        observation.field === 'done' && typeof total?.value === 'string' && total.value !== 'NA'
          ? Number(total.value)
          : range.max
      const kind =
        typeof observation.value === 'boolean'
          ? 'boolean'
          : typeof observation.value === 'string' && observation.value !== 'NA'
            ? 'number'
            : 'fixed'
      return {
        node: observation.node,
        field: observation.field,
        kind,
        value: observation.value,
        min: range.min,
        max: max > range.min ? max : range.min + 1,
        decimals: range.decimals,
      }
    })
}
