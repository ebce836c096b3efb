import type { Observation } from './dataset.js'

/** Cells reserved when no capacity is given. */
const INITIAL_CAPACITY = 1024
/** A target's column before its first observation (any value given, undefined included, is a column). */
const NO_COLUMN_YET: unique symbol = Symbol('no column yet')

/**
 * Observations kept as columns, one entry per observation: its run (consecutive observations of one unit
 * from one row: an index into `unitCodes` and the runs' rows), its target (an index into `targets`), its
 * value, and the column of its origin (kept once per target while every observation of a target comes from
 * one column, as in a table with units in rows). A million cells of a table are then a few arrays, not a
 * million observation objects and a million origins: nothing for the collector to copy cell by cell, typed
 * arrays where the entry is a number, and a quarter of the memory. Given the number of cells to expect (a
 * table reader knows it), nothing is copied while it fills.
 *
 * @example
 * ```ts
 * const cells = new ObservationCells<string>(2)
 * cells.add('HN', cells.targetIndex('1.1'), '7.5', 2, 3)
 * cells.unitAt(0)   // 'HN'
 * cells.columnAt(0) // 3
 * ```
 */
export class ObservationCells<Target> {
  /** How many observations were added (the arrays may be longer). */
  count = 0
  /** The unit code of each run. */
  readonly unitCodes: string[] = []
  /** The origin row of each run, as given. */
  private readonly runRows: unknown[] = []
  /** The run of each observation (an index into `unitCodes`). */
  unitIds: Int32Array
  /** The targets, by index (see {@link ObservationCells.targetIndex}). */
  readonly targets: Target[] = []
  /** The origin column of each target's first observation. */
  private readonly targetColumns: Array<string | number | typeof NO_COLUMN_YET> = []
  /** The index in `targets` of each observation's target. */
  targetIds: Int32Array
  /** Each observation's value. */
  readonly values: Array<Observation['value']>
  /** Each observation's origin column, once one target's observations came from two columns. */
  private columns: Array<string | number> | undefined
  private lastUnit: string | undefined
  private lastRow: unknown

  constructor(capacity = INITIAL_CAPACITY) {
    const size = Math.max(16, capacity)
    this.unitIds = new Int32Array(size)
    this.targetIds = new Int32Array(size)
    this.values = new Array(size)
  }

  /** The index of a new target. */
  targetIndex(target: Target): number {
    this.targets.push(target)
    this.targetColumns.push(NO_COLUMN_YET)
    return this.targets.length - 1
  }

  /** Adds one observation; `target` is an index from {@link ObservationCells.targetIndex}. */
  add(unit: string, target: number, value: Observation['value'], row: number, column: string | number): void {
    const at = this.count
    if (at === this.unitIds.length) this.grow()
    if (unit !== this.lastUnit || row !== this.lastRow || this.unitCodes.length === 0) {
      this.unitCodes.push(unit)
      this.runRows.push(row)
      this.lastUnit = unit
      this.lastRow = row
    }
    this.unitIds[at] = this.unitCodes.length - 1
    this.targetIds[at] = target
    this.values[at] = value
    if (this.columns !== undefined) this.columns[at] = column
    else if (this.targetColumns[target] === NO_COLUMN_YET) this.targetColumns[target] = column
    else if (this.targetColumns[target] !== column) {
      // Two columns for one target: from now on a column per observation.
      this.columns = Array.from(this.values, (_, index) => this.columnAt(index))
      this.columns[at] = column
    }
    this.count = at + 1
  }

  /** The unit code of observation `index`. */
  unitAt(index: number): string {
    return this.unitCodes[this.unitIds[index] as number] as string
  }

  /** The target of observation `index`. */
  targetAt(index: number): Target {
    return this.targets[this.targetIds[index] as number] as Target
  }

  /** The origin row of observation `index`, as it was given. */
  rowAt(index: number): number {
    return this.runRows[this.unitIds[index] as number] as number
  }

  /** The origin column of observation `index`, as it was given. */
  columnAt(index: number): string | number {
    if (this.columns !== undefined) return this.columns[index] as string | number
    return this.targetColumns[this.targetIds[index] as number] as string | number
  }

  /** Twice the room: the typed arrays copied, the others lengthened. */
  private grow(): void {
    const size = this.unitIds.length * 2
    const widen = (from: Int32Array) => {
      const to = new Int32Array(size)
      to.set(from)
      return to
    }
    this.unitIds = widen(this.unitIds)
    this.targetIds = widen(this.targetIds)
    this.values.length = size
    if (this.columns !== undefined) this.columns.length = size
  }
}
