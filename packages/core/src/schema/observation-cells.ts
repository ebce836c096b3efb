import type { Observation } from './dataset.js'

/** Cells reserved when no capacity is given. */
const INITIAL_CAPACITY = 1024

/**
 * Observations kept as columns, one entry per observation: its unit (an index into `unitCodes`, one entry per
 * run of equal units), its target (an index into `targets`), its value, and the row and column of its origin.
 * A million cells of a table are then five arrays, not a million observation objects and a million origins:
 * nothing for the collector to copy cell by cell, and typed arrays where the entry is a number. Given the
 * number of cells to expect (a table reader knows it), nothing is copied while it fills.
 *
 * @example
 * ```ts
 * const cells = new ObservationCells<string>(2)
 * cells.add('HN', 0, '7.5', 2, 3)
 * cells.unitCodes[cells.unitIds[0]!] // 'HN'
 * ```
 */
export class ObservationCells<Target> {
  /** How many observations were added (the arrays may be longer). */
  count = 0
  /** The unit code of each run of observations of one unit. */
  readonly unitCodes: string[] = []
  /** The index in `unitCodes` of each observation's unit. */
  unitIds: Int32Array
  /** The targets, by index (see {@link ObservationCells.targetIndex}). */
  readonly targets: Target[] = []
  /** The index in `targets` of each observation's target. */
  targetIds: Int32Array
  /** Each observation's value. */
  readonly values: Array<Observation['value']>
  /** Each observation's origin row (a safe integer). */
  rows: Float64Array
  /** Each observation's origin column. */
  readonly columns: Array<string | number>
  private lastUnit: string | undefined
  /** Rows given as something else than a number (which a check then refuses), kept as given. */
  private readonly otherRows = new Map<number, unknown>()

  constructor(capacity = INITIAL_CAPACITY) {
    const size = Math.max(16, capacity)
    this.unitIds = new Int32Array(size)
    this.targetIds = new Int32Array(size)
    this.rows = new Float64Array(size)
    this.values = new Array(size)
    this.columns = new Array(size)
  }

  /** The index of a new target. */
  targetIndex(target: Target): number {
    this.targets.push(target)
    return this.targets.length - 1
  }

  /** Adds one observation; `target` is an index from {@link ObservationCells.targetIndex}. */
  add(unit: string, target: number, value: Observation['value'], row: number, column: string | number): void {
    const at = this.count
    if (at === this.unitIds.length) this.grow()
    if (unit !== this.lastUnit || this.unitCodes.length === 0) {
      this.unitCodes.push(unit)
      this.lastUnit = unit
    }
    this.unitIds[at] = this.unitCodes.length - 1
    this.targetIds[at] = target
    this.values[at] = value
    this.rows[at] = row
    if (typeof row !== 'number') this.otherRows.set(at, row)
    this.columns[at] = column
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
    if (this.otherRows.size > 0 && this.otherRows.has(index)) return this.otherRows.get(index) as number
    return this.rows[index] as number
  }

  /** Twice the room: the typed arrays copied, the others lengthened. */
  private grow(): void {
    const size = this.unitIds.length * 2
    const widen = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from)
      return to
    }
    this.unitIds = widen(this.unitIds, new Int32Array(size))
    this.targetIds = widen(this.targetIds, new Int32Array(size))
    this.rows = widen(this.rows, new Float64Array(size))
    this.values.length = size
    this.columns.length = size
  }
}
