// Denomination, the first data-preparation stage of a leaf (COINr's order: denominate each unit, then impute,
// screen, treat): a value × scale ÷ the unit's value in one of the methodology's data columns.
import { type Dec, dec } from '../decimal/decimal.js'
import { keptText } from '../decimal/lazy-decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CompiledModel } from '../model/compiled-model.js'
import { type Divisor, divisorOf } from '../pipeline/quotient.js'
import type { Dataset } from '../schema/dataset.js'
import type { NodeState } from './columns.js'
import type { DecimalCache } from './decimal-cache.js'
import { addStep, diagnosticOf, type EvaluationContext } from './evaluation-context.js'

/**
 * The values of the methodology's data columns (denominators), one per unit: the `value` observation of each
 * unit for each column; anything that is not a decimal counts as no value (reported where it is used).
 */
export function indexDataColumns(
  dataset: Dataset,
  model: CompiledModel,
  unitIndex: ReadonlyMap<string, number>,
  read: (text: string) => Dec = dec,
): Map<string, Array<Dec | null>> {
  const columns = new Map<string, Array<Dec | null>>()
  if (!model.columns) return columns
  for (const code of model.columns) columns.set(code, new Array<Dec | null>(dataset.units.length).fill(null))
  // Observations come grouped by node or by unit: the column of the last node is looked up again only when
  // the node changes, and the unit only for a column's observations.
  let lastNode: string | undefined
  let column: Array<Dec | null> | undefined
  for (const observation of dataset.observations) {
    if (observation.node !== lastNode) {
      lastNode = observation.node
      column = columns.get(lastNode)
    }
    if (column === undefined || observation.field !== 'value') continue
    const unit = unitIndex.get(observation.unit)
    if (unit === undefined) continue
    if (column[unit] === null && typeof observation.value === 'string' && observation.value !== 'NA')
      column[unit] = read(observation.value)
  }
  return columns
}

// The divisors of an evaluation's denominator columns, read once per evaluation however many leaves each
// divides (the columns are made anew for each evaluation and never changed): one entry per evaluation.
const divisorsByColumns = new WeakMap<object, Map<string, ReadonlyArray<Divisor | null>>>()

/** The divisors of a denominator column: `null` for a unit whose denominator is missing or zero. */
export function divisorsOf(
  columns: ReadonlyMap<string, ReadonlyArray<Dec | null>>,
  code: string,
  cache: DecimalCache,
): ReadonlyArray<Divisor | null> | undefined {
  const column = columns.get(code)
  if (column === undefined) return undefined
  let read = divisorsByColumns.get(columns)
  if (read === undefined) {
    read = new Map()
    divisorsByColumns.set(columns, read)
  }
  let divisors = read.get(code)
  if (divisors === undefined) {
    divisors = column.map((denominator) => {
      const exact = denominator === null ? undefined : cache.exact(denominator)
      return exact === undefined || exact.c === 0n ? null : divisorOf(exact)
    })
    read.set(code, divisors)
  }
  return divisors
}

/** How a denominate step is described in a trace: `÷ GDP`, or `÷ Population × 1000` with a scale. */
export function denominationText({ by, scale }: { by: string; scale: Dec }): string {
  return `÷ ${by}${scale.eq(1) ? '' : ` × ${scale.toFixed()}`}`
}

/**
 * Denominates one leaf for one unit: value × scale ÷ the unit's denominator. A missing or zero denominator
 * leaves the unit's value missing (imputation may fill it), with a diagnostic naming the column and the unit;
 * the unit itself is kept.
 */
export function denominateUnit(context: EvaluationContext, state: NodeState, unit: number): void {
  const node = state.node
  const { by, scale } = node.denominate!
  const column = state.pre
  const value = column.values[unit]
  if (column.status[unit] !== 'ok' || value === null || value === undefined) return
  const denominator = context.dataColumns.get(by)?.[unit] ?? null
  if (denominator === null || denominator.isZero()) {
    column.status[unit] = 'missing'
    column.values[unit] = null
    column.maxes[unit] = null
    const diagnostic = diagnosticOf(
      context,
      node,
      unit,
      DIAGNOSTIC_CODES.DENOMINATOR_MISSING,
      'warning',
      `the denominator "${by}" is ${denominator === null ? 'missing' : 'zero'} for this unit; the value ${keptText(value) ?? value.toFixed()} cannot be denominated and counts as missing`,
    )
    const list = state.unitDiagnostics[unit]
    if (list) list.push(diagnostic)
    else state.unitDiagnostics[unit] = [diagnostic]
    return
  }
  const to = value.times(scale).div(denominator)
  addStep(context, column, unit, 'denominate', denominationText(node.denominate!), value, to)
  column.values[unit] = to
  column.maxes[unit] = null
}
