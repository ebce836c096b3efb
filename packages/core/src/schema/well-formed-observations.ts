import { NOT_APPLICABLE, type Observation, type Origin } from './dataset.js'
import { SourceSchema } from './node.js'
import { isNodeCode } from './node-code-pattern.js'
import { invisibleCharacter } from './unit-code.js'

// The schema's patterns (as in parse.ts; a node code: isNodeCode): a field name, a decimal string in canonical
// form.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const CANONICAL_DECIMAL = /^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9])$/
const SOURCES = new Set<unknown>(SourceSchema.options)
/** Distinct values remembered as checked: enough for repeated values, bounded for a column of unique ones. */
const CHECKED_LIMIT = 65_536

/** What a builder knows of its list: whether every observation passed, and how many it added. */
interface BuiltState {
  wellFormed: boolean
  added: number
}
/** The state of each list built (not the builder: its set of checked values is dropped with it). */
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
 * @example
 * ```ts
 * const built = new WellFormedObservations('d.csv')
 * const target = built.target('1.1', 'value', undefined)
 * built.add('HN', target, '7.5', 2, 3) // { unit: 'HN', node: '1.1', field: 'value', value: '7.5',
 *                                      //   origin: { file: 'd.csv', row: 2, column: 3 } }
 * parseDataset({ units: [{ code: 'HN' }], observations: built.list }).observations === built.list // true
 * ```
 *
 * @category Datasets
 */
export class WellFormedObservations {
  /** The observations added, in order. */
  readonly list: Observation[] = []
  private readonly state: BuiltState = { wellFormed: true, added: 0 }
  private readonly values = new Set<string>()
  private lastUnit: string | undefined

  /** Every origin's file and (for a sheet) sheet. */
  constructor(
    private readonly file: string,
    private readonly sheet?: string,
  ) {
    built.set(this.list, this.state)
  }

  /** The target of a column: checked here, once. */
  target(node: string, field: string, source: Observation['source'] | undefined): ObservationTarget {
    const valid =
      typeof node === 'string' &&
      node.length <= 100 &&
      isNodeCode(node) &&
      typeof field === 'string' &&
      FIELD_NAME.test(field) &&
      (source === undefined || SOURCES.has(source))
    return new ObservationTarget(node, field, source, valid)
  }

  /** Adds one observation of `target` for `unit`, from row `row` and column `column` of the file. */
  add(
    unit: string,
    target: ObservationTarget,
    value: Observation['value'],
    row: number,
    column: string | number,
  ): Observation {
    const { file, sheet, state } = this
    const origin: Origin = sheet === undefined ? { file, row, column } : { file, sheet, row, column }
    const { node, field, source } = target
    const observation: Observation =
      source === undefined
        ? { unit, node, field, value, origin }
        : { unit, node, field, value, source, origin }
    this.list.push(observation)
    state.added++
    if (state.wellFormed && !this.passes(unit, target, value, row, column)) state.wellFormed = false
    return observation
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
      if (value !== NOT_APPLICABLE && !this.values.has(value)) {
        if (!CANONICAL_DECIMAL.test(value)) return false
        if (this.values.size < CHECKED_LIMIT) this.values.add(value)
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
