import type { DatasetInput, Unit } from './dataset.js'
import type { WellFormedObservations } from './well-formed-observations.js'

/** Datasets whose `observations` are a builder's columns, made into objects only when read. */
const lazyDatasets = new WeakMap<object, WellFormedObservations>()

/**
 * `{ units, observations }` whose `observations` is made from `built`'s columns when it is first read (an
 * enumerable property like any other: spreads, `JSON.stringify`, `structuredClone` and `for … of` see the
 * list). Until then `parseDataset` and the engine read the columns themselves (see
 * {@link lazyObservationsOf}): `chiso score` on a wide table never makes its million observations. Assigning
 * `observations` replaces the list with the value given, as on a plain object.
 *
 * @example
 * ```ts
 * const dataset = datasetWithLazyObservations([{ code: 'HN' }], built)
 * lazyObservationsOf(dataset) === built // true, until something reads dataset.observations
 * dataset.observations === built.list   // true
 * ```
 */
export function datasetWithLazyObservations<T extends ReadonlyArray<Unit>>(
  units: T,
  built: WellFormedObservations,
): DatasetInput & { units: T } {
  const dataset = { units } as DatasetInput & { units: T }
  Object.defineProperty(dataset, 'observations', {
    configurable: true,
    enumerable: true,
    get: () => built.list,
    set(value: unknown) {
      lazyDatasets.delete(dataset)
      Object.defineProperty(dataset, 'observations', {
        configurable: true,
        enumerable: true,
        writable: true,
        value,
      })
    },
  })
  lazyDatasets.set(dataset, built)
  return dataset
}

/**
 * The builder whose columns are `dataset`'s observations, as long as they have not been made into objects (once
 * made, the list may have been changed, and only the list says what the dataset holds); otherwise undefined.
 *
 * @example
 * ```ts
 * lazyObservationsOf({ units: [], observations: [] }) // undefined
 * ```
 */
export function lazyObservationsOf(dataset: unknown): WellFormedObservations | undefined {
  if (typeof dataset !== 'object' || dataset === null) return undefined
  const built = lazyDatasets.get(dataset)
  return built === undefined || built.listMade ? undefined : built
}
