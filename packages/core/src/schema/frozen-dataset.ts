import type { Dataset } from './dataset.js'

/**
 * Datasets `parseDataset` built with `freeze: true`: checked, made of objects only the parse created, and
 * deep-frozen before being added here. Nothing reachable from them can change afterwards (no property can be
 * set, added or removed, no array can grow), so every later parse of one of them would find it valid and
 * return the same content: it is taken as it is instead. A dataset reaches this set only through
 * {@link freezeCheckedDataset}; a copy of one, or one frozen by other code, is checked as any other.
 */
const frozenChecked = new WeakSet<object>()

/**
 * Deep-freezes a dataset `parseDataset` has just checked and built from fresh objects (none of them shared
 * with its input, so the caller holds no reference that could still change them), and remembers it as checked.
 *
 * @example
 * ```ts
 * const dataset = freezeCheckedDataset(freshlyParsed)
 * isFrozenCheckedDataset(dataset) // true
 * Object.isFrozen(dataset.observations[0]) // true
 * ```
 */
export function freezeCheckedDataset(dataset: Dataset): Dataset {
  deepFreeze(dataset)
  frozenChecked.add(dataset)
  return dataset
}

/**
 * Whether `input` is a dataset {@link freezeCheckedDataset} froze: checked once, unchangeable since.
 *
 * @example
 * ```ts
 * isFrozenCheckedDataset(parseDataset(input, { freeze: true })) // true
 * isFrozenCheckedDataset(parseDataset(input)) // false
 * ```
 */
export function isFrozenCheckedDataset(input: unknown): input is Dataset {
  return typeof input === 'object' && input !== null && frozenChecked.has(input)
}

/** Freezes a tree of plain objects and arrays (what a parsed dataset is made of) and everything below them. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  Object.freeze(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i])
    return
  }
  const record = value as Record<string, unknown>
  for (const key in record) deepFreeze(record[key])
}
