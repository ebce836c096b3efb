import {
  type DatasetInput,
  FIELD_NAME,
  NOT_APPLICABLE,
  type Observation,
  type Origin,
  type Unit,
} from './dataset.js'
import { CANONICAL_DECIMAL } from './decimal-string.js'
import { datasetWithLazyObservations } from './lazy-observations.js'
import { SourceSchema } from './node.js'
import { isNodeCode } from './node-code-pattern.js'
import { ObservationCells } from './observation-cells.js'
import { invisibleCharacter } from './unit-code.js'

/** The values an observation's `source` may take (`SourceSchema`'s), for the readers that skip zod. */
export const KNOWN_SOURCES: ReadonlySet<unknown> = new Set<unknown>(SourceSchema.options)
/** Distinct values remembered as checked: enough for repeated values, bounded for a column of unique ones. */
const CHECKED_LIMIT = 65_536

/** What a builder knows of its list: whether every observation passed, and how many it added. */
interface BuiltState {
  wellFormed: boolean
  added: number
}
/** The state of each list made by a builder (not the builder: its columns are not kept alive by the list). */
const built = new WeakMap<ReadonlyArray<Observation>, BuiltState>()

/**
 * What a column of a table feeds: a node's field, from a source or none. Made by
 * {@link WellFormedObservations.target}, which checks it once for every cell of the column.
 */
export class ObservationTarget {
  /** @internal Made by {@link WellFormedObservations.target} only. */
  constructor(
    readonly node: string,
    readonly field: string,
    readonly source: Observation['source'] | undefined,
    /** Whether the node code, field name and source are what the schema accepts. */
    readonly valid: boolean,
    /** @internal The builder that made it, and its index among that builder's targets. */
    readonly owner?: WellFormedObservations,
    /** @internal */
    readonly index = -1,
  ) {}
}

/**
 * Builds a list of observations that are each already exactly what `parseDataset` would make of them (keys
 * in the schema's order, `field` given, a canonical decimal, `NA`, a boolean or null as the value, an origin
 * with file, sheet, row and column), checking each as it is added instead of `parseDataset` going through a
 * million of them again afterwards: `parseDataset` then keeps the list as it is. A column's node, field and
 * source are checked once ({@link WellFormedObservations.target}); a row's unit once while it repeats; each
 * distinct value once. The table readers build their observations this way. An observation that does not
 * pass is still added; the list is then checked by `parseDataset` as any other (which also says what is
 * wrong). Do not change the list or its observations afterwards.
 *
 * The observations are kept as columns (unit, target, value, row and column of each), not as objects: a
 * million cells would otherwise be a million observations and a million origins for the collector to copy.
 * {@link WellFormedObservations.list} makes the objects, once, when something asks for them; a dataset made by
 * {@link WellFormedObservations.dataset} hands the columns to the engine, which reads the values without them
 * and makes an observation only where a diagnostic, a trace or the general path needs its origin.
 *
 * @example
 * ```ts
 * const built = new WellFormedObservations('d.csv')
 * const target = built.target('1.1', 'value', undefined)
 * built.add('HN', target, '7.5', 2, 3)
 * built.list // [{ unit: 'HN', node: '1.1', field: 'value', value: '7.5',
 *            //    origin: { file: 'd.csv', row: 2, column: 3 } }]
 * parseDataset({ units: [{ code: 'HN' }], observations: built.list }).observations === built.list // true
 * ```
 *
 * @category Datasets
 */
export class WellFormedObservations {
  /** The observations added, as columns. */
  readonly cells: ObservationCells<ObservationTarget>
  private readonly state: BuiltState = { wellFormed: true, added: 0 }
  private readonly checked = new Set<string>()
  private lastUnit: string | undefined
  private made: Observation[] | undefined

  /**
   * Every origin's file and (for a sheet) sheet; `capacity`, the number of observations to expect (room is
   * made for more when needed).
   */
  constructor(
    readonly file: string,
    readonly sheet?: string,
    capacity?: number,
  ) {
    this.cells = new ObservationCells(capacity)
  }

  /** How many observations were added. */
  get count(): number {
    return this.cells.count
  }

  /** Whether every observation added passed the checks (else `parseDataset` checks the list as any other). */
  get wellFormed(): boolean {
    return this.state.wellFormed
  }

  /** Whether {@link WellFormedObservations.list} has made the objects (which may have been changed since). */
  get listMade(): boolean {
    return this.made !== undefined
  }

  /**
   * The observations added, in order, as objects: made on the first call (all of them; the same list on every
   * later call, which grows with every later `add`).
   */
  get list(): Observation[] {
    if (this.made === undefined) {
      const made = new Array<Observation>(this.count)
      for (let i = 0; i < made.length; i++) made[i] = this.observationAt(i)
      this.made = made
      built.set(made, this.state)
    }
    return this.made
  }

  /** The target of a column: checked here, once. */
  target(node: string, field: string, source: Observation['source'] | undefined): ObservationTarget {
    const valid =
      typeof node === 'string' &&
      node.length <= 100 &&
      isNodeCode(node) &&
      typeof field === 'string' &&
      FIELD_NAME.test(field) &&
      (source === undefined || KNOWN_SOURCES.has(source))
    const index = this.cells.targets.length
    const target = new ObservationTarget(node, field, source, valid, this, index)
    this.cells.targetIndex(target)
    return target
  }

  /** Adds one observation of `target` for `unit`, from row `row` and column `column` of the file. */
  add(
    unit: string,
    target: ObservationTarget,
    value: Observation['value'],
    row: number,
    column: string | number,
  ): void {
    const { cells } = this
    // A target of another builder (or none) is kept too, and fails the checks below.
    const index = target?.owner === this ? target.index : cells.targetIndex(target)
    cells.add(unit, index, value, row, column)
    this.state.added++
    if (this.state.wellFormed && !this.passes(unit, target, value, row, column)) this.state.wellFormed = false
    // Added after the list was made: the list grows with it, as it did when it was the builder's own.
    if (this.made !== undefined) this.made.push(this.observationAt(this.count - 1))
  }

  /**
   * A new object for the observation added at `index`: the same keys, in the same order, as every one of
   * {@link WellFormedObservations.list} (not the same object).
   */
  observationAt(index: number): Observation {
    const { file, sheet, cells } = this
    const row = cells.rowAt(index)
    const column = cells.columnAt(index)
    const origin: Origin = sheet === undefined ? { file, row, column } : { file, sheet, row, column }
    const { node, field, source } = cells.targetAt(index)
    const unit = cells.unitAt(index)
    const value = cells.values[index] as Observation['value']
    return source === undefined
      ? { unit, node, field, value, origin }
      : { unit, node, field, value, source, origin }
  }

  /**
   * The dataset `{ units, observations }` of these observations for `parseDataset`, whose observations are
   * made only when read: `parseDataset` and the engine read the columns instead (see
   * `lazy-observations.ts`). Once the list is made, a plain `{ units, observations: list }`.
   */
  dataset(units: ReadonlyArray<Unit>): DatasetInput {
    if (this.made !== undefined) return { units: units as Unit[], observations: this.made }
    return datasetWithLazyObservations(units, this)
  }

  private passes(
    unit: string,
    target: ObservationTarget,
    value: Observation['value'],
    row: number,
    column: string | number,
  ): boolean {
    if (!(target instanceof ObservationTarget) || !target.valid) return false
    if (unit !== this.lastUnit) {
      if (typeof unit !== 'string' || unit.length < 1 || unit.length > 200) return false
      if (invisibleCharacter(unit) !== undefined || unit.normalize('NFC') !== unit) return false
      this.lastUnit = unit
    }
    if (typeof value === 'string') {
      if (value !== NOT_APPLICABLE && !this.checked.has(value)) {
        if (!CANONICAL_DECIMAL.test(value)) return false
        if (this.checked.size < CHECKED_LIMIT) this.checked.add(value)
      }
    } else if (value !== null && typeof value !== 'boolean') return false
    if (!positiveInt(row)) return false
    if (typeof column !== 'string' && !positiveInt(column)) return false
    return typeof this.file === 'string' && (this.sheet === undefined || typeof this.sheet === 'string')
  }
}

const positiveInt = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1

/**
 * Whether `observations` is a list built by {@link WellFormedObservations} whose every observation passed,
 * unchanged in length since: `parseDataset` keeps such a list as it is, without going through it.
 */
export function isWellFormedList(observations: ReadonlyArray<unknown>): boolean {
  const state = built.get(observations as ReadonlyArray<Observation>)
  // A list changed in length since (a push past `add`) is checked as any other.
  return state?.wellFormed === true && state.added === observations.length
}
