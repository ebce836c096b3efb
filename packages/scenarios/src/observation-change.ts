import type { Dataset, Observation, ObservationChange } from '@chiso/core'

export type { ObservationChange }

/**
 * Applies observation changes to a parsed dataset and returns a new dataset (the input is not modified).
 * A change replaces the observation of the same unit, leaf and field, or is appended when there is none.
 *
 * @example
 * ```ts
 * const next = applyChanges(dataset, [{ unit: 'A', node: '1', value: true }])
 * next.observations.find((o) => o.unit === 'A' && o.node === '1')?.value // true
 * ```
 *
 * @category What-if
 */
export function applyChanges(dataset: Dataset, changes: ReadonlyArray<ObservationChange>): Dataset {
  if (changes.length === 0) return dataset
  const key = (unit: string, node: string, field: string) => `${unit}\u0000${node}\u0000${field}`
  const pending = new Map<string, ObservationChange>()
  for (const change of changes) pending.set(key(change.unit, change.node, change.field ?? 'value'), change)
  const observations: Observation[] = dataset.observations.map((observation) => {
    const k = key(observation.unit, observation.node, observation.field)
    const change = pending.get(k)
    if (change === undefined) return observation
    pending.delete(k)
    const source = change.source ?? observation.source
    const { origin: _origin, ...rest } = observation
    return { ...rest, value: change.value, ...(source === undefined ? {} : { source }) }
  })
  for (const change of pending.values()) {
    observations.push({
      unit: change.unit,
      node: change.node,
      field: change.field ?? 'value',
      value: change.value,
      ...(change.source === undefined ? {} : { source: change.source }),
    })
  }
  return { ...dataset, observations }
}
