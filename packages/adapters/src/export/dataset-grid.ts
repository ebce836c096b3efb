import { ChisoError, type Dataset, EVIDENCE_PROPERTIES, type Observation } from '@chiso/core'

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
    for (const [header] of noteCells(o))
      if (!columns.has(header)) columns.set(header, fixed.length + columns.size)
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
    for (const [header, text] of noteCells(o)) {
      const at = columns.get(header) as number
      const noteKey = `${o.unit}\u0000${at}`
      if (filled.has(noteKey)) {
        overflow.push(o)
        break
      }
      filled.add(noteKey)
      row[at] = text
    }
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
export function columnHeader(o: Pick<Observation, 'node' | 'field' | 'source' | 'round'>): string {
  const place = o.round ?? o.source
  return `${o.node}${o.field === 'value' ? '' : `:${o.field}`}${place ? `@${place}` : ''}`
}

/**
 * The note columns of an observation and their texts, in a fixed order: `code[@round]#explanation`,
 * `#comment`, then `#evidence.<property>` for the first evidence item and `#evidence<N>.<property>` for the
 * N-th (the convention `readCsv` and `readXlsx` read back).
 *
 * @example
 * ```ts
 * noteCells({ node: '1.1', round: 'self', explanation: 'đã ban hành', evidence: [{ number: '12/KH-UBND' }] })
 * // [['1.1@self#explanation', 'đã ban hành'], ['1.1@self#evidence.number', '12/KH-UBND']]
 * ```
 *
 * @category Export
 */
export function noteCells(
  o: Pick<Observation, 'node' | 'source' | 'round' | 'explanation' | 'comment' | 'evidence'>,
): Array<[string, string]> {
  const place = o.round ?? o.source
  const prefix = `${o.node}${place ? `@${place}` : ''}#`
  const cells: Array<[string, string]> = []
  if (o.explanation !== undefined) cells.push([`${prefix}explanation`, o.explanation])
  if (o.comment !== undefined) cells.push([`${prefix}comment`, o.comment])
  o.evidence?.forEach((item, index) => {
    for (const property of EVIDENCE_PROPERTIES) {
      const text = item[property]
      if (text !== undefined)
        cells.push([`${prefix}evidence${index === 0 ? '' : index + 1}.${property}`, text])
    }
  })
  return cells
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
