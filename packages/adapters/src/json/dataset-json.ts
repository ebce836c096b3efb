import { copyErrorReason, type Dataset, isChisoError, parseDataset } from '@chiso/core'
import { importFailure } from '../report/import-failure.js'
import type { ImportResult } from '../report/import-report.js'
import { decodeText } from '../text/decode-text.js'

/**
 * Reads a dataset JSON file (the format of `DatasetSchema`) into a dataset and an import report (one "cell"
 * per observation). Syntax and schema errors throw a `ChisoError` with the JSON path of each issue.
 *
 * @example
 * ```ts
 * const { dataset } = readDatasetJson('{"units":[{"code":"A"}],"observations":[{"unit":"A","node":"1","value":"7.5"}]}', { file: 'd.json' })
 * dataset.observations[0]?.field // 'value'
 * ```
 *
 * @category Import
 */
export function readDatasetJson(input: Uint8Array | string, options: { file: string }): ImportResult {
  const { file } = options
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input, file).text
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw importFailure(`${file} is not valid JSON`, [
      { code: 'INVALID_SYNTAX', file, message: `invalid JSON: ${message}`, ...syntaxPosition(text, message) },
    ])
  }
  let dataset: Dataset
  try {
    dataset = parseDataset(value)
  } catch (error) {
    if (!isChisoError(error)) throw error
    throw importFailure(
      `${file}: invalid dataset`,
      error.issues.map((issue) => copyErrorReason(issue, { ...issue, code: issue.code ?? error.code, file })),
      { cause: error },
    )
  }
  return { dataset, report: datasetImportReport(file, dataset) }
}

/**
 * Writes a dataset as JSON in the format of `DatasetSchema` (two-space indented, one trailing newline, keys in
 * a fixed order), so the same dataset always gives the same bytes.
 *
 * @example
 * ```ts
 * writeDatasetJson({ units: [{ code: 'A' }], observations: [] })
 * // '{\n  "units": [\n    {\n      "code": "A"\n    }\n  ],\n  "observations": []\n}\n'
 * ```
 *
 * @category Export
 */
export function writeDatasetJson(dataset: Dataset): string {
  const { $schema, title, period, synthetic, source, rounds, units, observations } = dataset
  const ordered = {
    ...($schema === undefined ? {} : { $schema }),
    ...(title === undefined ? {} : { title }),
    ...(period === undefined ? {} : { period }),
    ...(synthetic === undefined ? {} : { synthetic }),
    ...(source === undefined ? {} : { source }),
    ...(rounds === undefined ? {} : { rounds }),
    units: units.map((u) => ({
      code: u.code,
      ...(u.name === undefined ? {} : { name: u.name }),
      ...(u.group === undefined ? {} : { group: u.group }),
    })),
    observations: observations.map((o) => ({
      unit: o.unit,
      node: o.node,
      field: o.field,
      value: o.value,
      ...(o.source === undefined ? {} : { source: o.source }),
      ...(o.origin === undefined ? {} : { origin: o.origin }),
      ...(o.round === undefined ? {} : { round: o.round }),
      ...(o.evidence === undefined ? {} : { evidence: o.evidence }),
      ...(o.explanation === undefined ? {} : { explanation: o.explanation }),
      ...(o.comment === undefined ? {} : { comment: o.comment }),
    })),
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

/**
 * The import report of a dataset that was already in the dataset format (JSON, or YAML read by the caller):
 * one "cell" per observation, every one used.
 *
 * @example
 * ```ts
 * datasetImportReport('d.json', dataset).cells // { total: 3, used: 3, ignored: 0, rejected: 0 }
 * ```
 *
 * @category Import report
 */
export function datasetImportReport(file: string, dataset: Dataset): ImportResult['report'] {
  const n = dataset.observations.length
  return {
    file,
    format: 'json',
    cells: { total: n, used: n, ignored: 0, rejected: 0 },
    units: dataset.units.length,
    observations: n,
    used: n > 0 ? [{ fromRow: 1, toRow: n, fromColumn: 1, toColumn: 1, as: 'observation' }] : [],
    ignored: [],
    rejected: [],
    warnings: [],
  }
}

// JSON.parse names the offset of some faults ("… in JSON at position 41"): turn it into a row and column.
function syntaxPosition(text: string, message: string): { row?: number; column?: number } {
  const match = / at position (\d+)/.exec(message)
  if (!match) return {}
  const offset = Math.min(Number(match[1]), text.length)
  const before = text.slice(0, offset)
  const row = before.split('\n').length
  return { row, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}
