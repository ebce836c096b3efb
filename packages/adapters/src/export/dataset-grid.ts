import { ChisoError, type Dataset, type Observation } from '@chiso/core'

/**
 * A dataset laid out as a wide grid: a header (`unit`, `name`, `group` when used, then one column per leaf,
 * field and source as `code[:field][@source]`) and one row per unit, values as text (`''` for missing).
 * Observations that a wide grid cannot hold (a unit with two values for one column) are listed in
 * `overflow`.
 *
 * @example
 * ```ts
 * datasetGrid({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1.1', field: 'value', value: '7.5' }] })
 * // { header: ['unit', '1.1'], rows: [['A', '7.5']], overflow: [] }
 * ```
 *
 * @category Export
 */
export function datasetGrid(dataset: Dataset): {
  header: string[]
  rows: string[][]
  overflow: Observation[]
} {
  const columns = new Map<string, number>()
  const hasName = dataset.units.some((unit) => unit.name !== undefined)
  const hasGroup = dataset.units.some((unit) => unit.group !== undefined)
  const fixed = ['unit', ...(hasName ? ['name'] : []), ...(hasGroup ? ['group'] : [])]
  for (const o of dataset.observations) {
    const key = columnHeader(o)
    if (!columns.has(key)) columns.set(key, fixed.length + columns.size)
  }
  const width = fixed.length + columns.size
  const rowOf = new Map<string, string[]>()
  const rows = dataset.units.map((unit) => {
    const row = new Array<string>(width).fill('')
    row[0] = unit.code
    if (hasName) row[1] = unit.name ?? ''
    if (hasGroup) row[hasName ? 2 : 1] = unit.group ?? ''
    rowOf.set(unit.code, row)
    return row
  })
  const filled = new Set<string>()
  const overflow: Observation[] = []
  for (const o of dataset.observations) {
    const row = rowOf.get(o.unit)
    const column = columns.get(columnHeader(o)) as number
    const key = `${o.unit}\u0000${column}`
    if (!row || filled.has(key)) {
      overflow.push(o)
      continue
    }
    filled.add(key)
    row[column] = valueText(o.value)
  }
  return { header: [...fixed, ...columns.keys()], rows, overflow }
}

/**
 * The wide-table header of an observation's column: `code`, `code:field`, `code@source`, `code:field@source`.
 *
 * @example
 * ```ts
 * columnHeader({ node: '1.2', field: 'done', source: 'appraisal' }) // '1.2:done@appraisal'
 * columnHeader({ node: '1.1', field: 'value' })                      // '1.1'
 * ```
 *
 * @category Export
 */
export function columnHeader(o: Pick<Observation, 'node' | 'field' | 'source'>): string {
  return `${o.node}${o.field === 'value' ? '' : `:${o.field}`}${o.source ? `@${o.source}` : ''}`
}

/**
 * An observation value as table text: decimals as they are, `NA`, `true`/`false`, and `''` for missing.
 *
 * @example
 * ```ts
 * valueText(null) // ''
 * valueText(true) // 'true'
 * ```
 *
 * @category Export
 */
export function valueText(value: Observation['value']): string {
  return value === null ? '' : typeof value === 'boolean' ? String(value) : value
}

/**
 * {@link datasetGrid} for writers that can only write a wide grid (wide CSV, XLSX): throws a `ChisoError`
 * (`INVALID_DATASET`) at the first observation the grid cannot hold, with its path in the dataset.
 *
 * @example
 * ```ts
 * const { header, rows } = wideGrid(dataset)
 * ```
 */
export function wideGrid(dataset: Dataset): { header: string[]; rows: string[][] } {
  const { header, rows, overflow } = datasetGrid(dataset)
  const first = overflow[0]
  if (first !== undefined) {
    const where = `${first.node}:${first.field}${first.source ? `@${first.source}` : ''}`
    throw new ChisoError(
      'INVALID_DATASET',
      `unit "${first.unit}" has more than one value for ${where} (or is not listed among the units): a wide grid cannot hold it`,
      {
        path: ['observations', dataset.observations.indexOf(first)],
        hint: 'write a long CSV or a dataset JSON instead',
      },
    )
  }
  return { header, rows }
}
