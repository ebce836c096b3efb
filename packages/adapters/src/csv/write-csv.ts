import { type Dataset, EVIDENCE_PROPERTIES } from '@chiso/core'
import { neutraliseFormula } from '../cell/neutralise.js'
import { valueText, wideGrid } from '../export/dataset-grid.js'

/**
 * Writes one CSV record: cells neutralised against formula injection, quoted when they hold the delimiter,
 * a quote, a line break, surrounding spaces or a leading `#`.
 *
 * @example
 * ```ts
 * csvRecord(['A', 'Hà Nội, Việt Nam', '=1+1', '-2.5']) // 'A,"Hà Nội, Việt Nam",\'=1+1,\'-2.5'
 * ```
 *
 * @category Export
 */
export function csvRecord(cells: ReadonlyArray<string>, delimiter = ','): string {
  return cells
    .map((cell) => {
      const safe = neutraliseFormula(cell)
      return safe.includes(delimiter) ||
        safe.includes('"') ||
        safe.includes('\n') ||
        safe.includes('\r') ||
        safe.startsWith('#') ||
        safe !== safe.trim()
        ? `"${safe.replaceAll('"', '""')}"`
        : safe
    })
    .join(delimiter)
}

/**
 * Writes a dataset as a wide CSV (`unit,name,<code[:field][@source]>,…`, one row per unit; UTF-8, `\n` line
 * ends), which `readCsv` reads back to the same units and observations. Cells that could start a formula are
 * neutralised with a leading `'`, which `readCsv` removes. Throws when an observation does not fit a wide
 * table (two values for the same unit and column): write a long CSV instead.
 *
 * @example
 * ```ts
 * writeWideCsv({ units: [{ code: 'A', name: 'An' }], observations: [{ unit: 'A', node: '1.1', field: 'value', value: '-2.5' }] })
 * // "unit,name,1.1\nA,An,'-2.5\n"
 * ```
 *
 * @category Export
 */
export function writeWideCsv(dataset: Dataset): string {
  const { header, rows } = wideGrid(dataset)
  return `${[header, ...rows].map((row) => csvRecord(row)).join('\n')}\n`
}

/**
 * Writes a dataset as a long CSV: `unit,name,group,node,field,source,value`, one row per observation, plus
 * one row (without node) for each unit that has no observation. Observations with a round, an explanation, a
 * comment or evidence add the columns `round`, `explanation`, `comment` and `evidence.<property>` (the second
 * item `evidence2.<property>`…), only those used. `readCsv` reads it back to the same dataset.
 *
 * @example
 * ```ts
 * writeLongCsv({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1.1', field: 'value', value: 'NA' }] })
 * // 'unit,name,group,node,field,source,value\nA,,,1.1,value,,NA\n'
 * writeLongCsv({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1.1', field: 'value', value: '2', round: 'appraisal', comment: 'thiếu' }] })
 * // 'unit,name,group,node,field,source,value,round,comment\nA,,,1.1,value,,2,appraisal,thiếu\n'
 * ```
 *
 * @category Export
 */
export function writeLongCsv(dataset: Dataset): string {
  // The columns beyond the seven: only those some observation needs, in a fixed order.
  const extra: Array<[string, (o: Dataset['observations'][number]) => string]> = []
  const has = (pick: (o: Dataset['observations'][number]) => unknown) =>
    dataset.observations.some((o) => pick(o) !== undefined)
  if (has((o) => o.round)) extra.push(['round', (o) => o.round ?? ''])
  if (has((o) => o.explanation)) extra.push(['explanation', (o) => o.explanation ?? ''])
  if (has((o) => o.comment)) extra.push(['comment', (o) => o.comment ?? ''])
  const items = Math.max(0, ...dataset.observations.map((o) => o.evidence?.length ?? 0))
  for (let i = 0; i < items; i++)
    for (const property of EVIDENCE_PROPERTIES)
      if (has((o) => o.evidence?.[i]?.[property]))
        extra.push([`evidence${i === 0 ? '' : i + 1}.${property}`, (o) => o.evidence?.[i]?.[property] ?? ''])
  const lines = [
    csvRecord(['unit', 'name', 'group', 'node', 'field', 'source', 'value', ...extra.map(([name]) => name)]),
  ]
  const blank = extra.map(() => '')
  const named = new Set<string>()
  const byUnit = new Map<string, Dataset['observations']>()
  for (const o of dataset.observations) {
    const list = byUnit.get(o.unit)
    if (list) list.push(o)
    else byUnit.set(o.unit, [o])
  }
  const units = new Map(dataset.units.map((unit) => [unit.code, unit]))
  const head = (code: string) => {
    const unit = units.get(code)
    if (named.has(code) || !unit) return [code, '', '']
    named.add(code)
    return [code, unit.name ?? '', unit.group ?? '']
  }
  // Units come first in dataset order, so they read back in the same order.
  for (const unit of dataset.units) {
    const observations = byUnit.get(unit.code)
    if (!observations) lines.push(csvRecord([...head(unit.code), '', '', '', '', ...blank]))
    for (const o of observations ?? []) {
      lines.push(
        csvRecord([
          ...head(o.unit),
          o.node,
          o.field,
          o.source ?? '',
          valueText(o.value),
          ...extra.map(([, text]) => text(o)),
        ]),
      )
    }
  }
  return `${lines.join('\n')}\n`
}
