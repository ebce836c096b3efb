import {
  type ChisoIssue,
  type Dataset,
  type MethodologyInput,
  NOT_APPLICABLE,
  NodeCodeSchema,
  type Observation,
  parseDataset,
  withErrorReason,
} from '@chiso/core'
import { parseNumberText } from '../cell/number-text.js'
import { parseCsvTable } from '../csv/parse-csv-table.js'
import { headerReason } from '../report/header-reason.js'
import { importFailure } from '../report/import-failure.js'
import type { ImportReport } from '../report/import-report.js'
import { codedReason, type Reason, reasonOf, withReasonCode } from '../report/reason-code.js'
import { readWideTable } from '../table/read-wide.js'
import type { Table } from '../table/table.js'
import { decodeText } from '../text/decode-text.js'

/**
 * How COINr indicators are normalised and aggregated in the methodology an import builds. The defaults are
 * COINr's own: min-max to [0, 100] after multiplying by the direction, and the weighted arithmetic mean of
 * the children present (weights rescaled over them).
 *
 * @example
 * ```ts
 * const options: CoinrOptions = { normalise: { method: 'zscore', mean: '10', sd: '2' }, aggregate: 'geomean' }
 * ```
 *
 * @category COINr
 */
export interface CoinrOptions {
  normalise?:
    | { method: 'minmax'; l: string; u: string }
    | { method: 'zscore'; mean: string; sd: string }
    | { method: 'none' }
  aggregate?: 'mean' | 'geomean'
  /** Divide each indicator by its iMeta `Denominator` column of iData (COINr's `Denominate`). Default false. */
  denominate?: boolean
  /** The iData group column that becomes each unit's group (for group imputation, group ranks). */
  group?: string
  /**
   * How missing values are imputed (COINr's `Impute` with `i_mean`, `i_median`, `i_mean_grp`, `i_median_grp`;
   * the group ones need `group`). Default `none`.
   */
  impute?: 'none' | 'mean' | 'median' | 'group-mean' | 'group-median'
  /** Screen out units whose share of indicators with a value is below it (COINr's `Screen`, `dat_thresh`). */
  screen?: string
  /**
   * What screens a unit out (COINr's `Screen(unit_screen)`): `byNA` (the default with `screen`), `byzeros`
   * (too few non-zero values) or `byNAandzeros` (either). `byNA` and `byNAandzeros` need `screen`.
   */
  unitScreen?: 'byNA' | 'byzeros' | 'byNAandzeros'
  /** The least share of non-zero values (COINr's `nonzero_thresh`, default 0.05), with `byzeros` or `byNAandzeros`. */
  nonzeroThresh?: string
  /** COINr's default outlier treatment (`Treat`): winsorise up to `maxPoints` points, then log. */
  treat?: { maxPoints: number }
  /** An aggregate needs this share of its children with a value (COINr's `Aggregate(dat_thresh)`). */
  datThresh?: string
  /** The methodology id (default `coinr-import`). */
  id?: string
  /** File names, for messages and the report. */
  metaFile?: string
  dataFile?: string
}

/**
 * What {@link importCoinr} returns: a chiso methodology, the dataset, and the import report of the data table.
 *
 * @example
 * ```ts
 * const { methodology, dataset, report } = importCoinr(iMeta, iData)
 * ```
 *
 * @category COINr
 */
export interface CoinrImport {
  methodology: MethodologyInput
  dataset: Dataset
  report: ImportReport
}

interface MetaRow {
  level: number
  code: string
  name: string
  direction: 1 | -1
  weight: string
  parent: string
  type: string
  row: number
  /** The iMeta `Denominator` of an indicator (empty when none). */
  denominator: string
}

/**
 * Converts COINr's two tables — `iMeta` (Level, iCode, iName, Direction, Weight, Parent, Type, …) and
 * `iData` (uCode, uName, group columns, Time, denominators, one column per indicator; empty or `NA` =
 * missing) — into a chiso methodology (composite; one node per indicator and aggregate, with COINr's weights
 * and directions) and a dataset. With the default options, scoring them reproduces COINr's default pipeline:
 * min-max over the non-missing values after orienting by direction, weighted arithmetic means of the children
 * present, bottom-up, ranks with ties at the minimum.
 *
 * @example
 * ```ts
 * const { methodology, dataset } = importCoinr(readFileSync('iMeta.csv'), readFileSync('iData.csv'))
 * const card = createEngine().compile(methodology).evaluate(dataset)
 * card.units[0]?.index // COINr's Index for that unit, exactly computed
 * ```
 *
 * @category COINr
 */
export function importCoinr(
  iMeta: Uint8Array | string,
  iData: Uint8Array | string,
  options: CoinrOptions = {},
): CoinrImport {
  const metaFile = options.metaFile ?? 'iMeta.csv'
  const dataFile = options.dataFile ?? 'iData.csv'
  const meta = readMeta(tableOf(iMeta, metaFile), metaFile)
  const indicators = meta.filter((m) => m.type === 'indicator')
  const aggregates = meta.filter((m) => m.type === 'aggregate')
  const groups = new Set(meta.filter((m) => m.type === 'group').map((m) => m.code))
  const denominators = new Set(meta.filter((m) => m.type === 'denominator').map((m) => m.code))
  const table = tableOf(iData, dataFile)
  const header = table.rows[0] ?? []
  checkPipelineOptions(options, indicators, denominators, header, metaFile, dataFile)
  const used = options.denominate
    ? [...denominators].filter((code) => indicators.some((m) => m.denominator === code))
    : []
  const methodology = buildMethodology(indicators, aggregates, options, metaFile, used)

  const leaves = new Set([...indicators.map((m) => m.code), ...used])
  const why = new Map<string, Reason>()
  for (const h of header) {
    if (h === 'uCode' || h === 'uName' || leaves.has(h) || h === options.group) continue
    why.set(
      h,
      reasonOf(
        h === 'Time'
          ? 'coinr-time'
          : groups.has(h) || h.endsWith('_group')
            ? 'coinr-group'
            : denominators.has(h)
              ? 'coinr-denominator'
              : 'coinr-not-indicator',
      ),
    )
  }
  const timeColumn = header.indexOf('Time')
  const times = new Set(table.rows.slice(1).map((row) => row[timeColumn] ?? ''))
  if (timeColumn >= 0 && times.size > 1) {
    // Located at the first row whose Time differs from the first data row's.
    const first = table.rows[1]?.[timeColumn] ?? ''
    const other = table.rows.findIndex((row, index) => index > 0 && (row[timeColumn] ?? '') !== first)
    throw importFailure(`${dataFile}: several periods`, [
      {
        code: 'INVALID_INPUT',
        file: dataFile,
        row: table.rowNumbers[other] ?? other + 1,
        column: timeColumn + 1,
        message: `iData holds several Time values (${[...times].join(', ')}): chiso scores one period at a time`,
        hint: 'filter iData to one Time value first',
      },
    ])
  }
  const columns = Object.fromEntries([...why.keys()].map((h) => [h, 'ignore' as const]))
  const { dataset: raw, report } = readWideTable(table, {
    mapping: {
      unit: 'uCode',
      name: 'uName',
      ...(options.group ? { group: options.group } : {}),
      columns,
      format: 'wide',
      decimal: '.',
      exponent: true,
    },
    leaves,
  })
  for (const entry of report.ignored) {
    const h = header[entry.fromColumn - 1]
    const reason = h === undefined ? undefined : why.get(h)
    if (reason !== undefined && codedReason(entry)?.code === 'ignored-by-mapping') {
      entry.reason = reason.text
      withReasonCode(entry, reason)
    }
  }
  report.format = 'coinr'
  // In COINr tables "NA" is R's missing value, not "not applicable".
  const observations: Observation[] = raw.observations.map((o) =>
    o.value === NOT_APPLICABLE ? { ...o, value: null } : o,
  )
  const dataset = parseDataset({ units: raw.units, observations })
  return { methodology, dataset, report }
}

function tableOf(input: Uint8Array | string, file: string): Table {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input, file).text
  return parseCsvTable(text, { file, delimiter: ',' }).table
}

function readMeta(table: Table, file: string): MetaRow[] {
  const [header = [], ...rows] = table.rows
  const col = (name: string) => header.indexOf(name)
  const required = ['Level', 'iCode', 'Weight', 'Type']
  const missing = required.filter((name) => col(name) < 0)
  if (missing.length > 0) {
    throw importFailure(`${file}: not a COINr iMeta table`, [
      withErrorReason<ChisoIssue>(
        {
          code: 'INVALID_HEADER',
          file,
          row: table.rowNumbers[0] ?? 1,
          message: `missing column(s) ${missing.join(', ')} (expected Level, iCode, iName, Direction, Weight, Parent, Type)`,
        },
        headerReason('header.coinr-missing', { columns: missing.join(', ') }),
      ),
    ])
  }
  const problems: ChisoIssue[] = []
  const out: MetaRow[] = []
  const treeRows = new Map<string, number>()
  rows.forEach((cells, index) => {
    const row = table.rowNumbers[index + 1] ?? index + 2
    const get = (name: string) => (col(name) < 0 ? '' : (cells[col(name)] ?? '').trim())
    const fail = (name: string, message: string) =>
      problems.push({ code: 'INVALID_INPUT', file, row, column: col(name) + 1, message })
    const type = get('Type').toLowerCase()
    const code = get('iCode')
    if (!NodeCodeSchema.safeParse(code).success)
      fail('iCode', `"${code}" cannot be a node code (letters, digits, ".", "_", "-")`)
    if (type !== 'indicator' && type !== 'aggregate') {
      out.push({
        level: 0,
        code,
        name: get('iName'),
        direction: 1,
        weight: '1',
        parent: '',
        type,
        row,
        denominator: '',
      })
      return
    }
    // Two tree rows with one iCode would make two nodes with one code: refuse the second here, at its row.
    const first = treeRows.get(code)
    if (first !== undefined) fail('iCode', `duplicate iCode "${code}" (first in row ${first})`)
    else treeRows.set(code, row)
    const weight = parseNumberText(get('Weight'), { decimal: '.' })
    if (weight === undefined || weight.startsWith('-'))
      fail('Weight', `Weight "${get('Weight')}" is not a number ≥ 0`)
    const directionText = get('Direction') || '1'
    if (directionText !== '1' && directionText !== '-1')
      fail('Direction', `Direction "${directionText}" is not 1 or -1`)
    const parent = get('Parent')
    out.push({
      level: Number(get('Level')),
      code,
      name: get('iName') || code,
      direction: directionText === '-1' ? -1 : 1,
      weight: weight ?? '1',
      parent: parent === 'NA' ? '' : parent,
      type,
      row,
      denominator: get('Denominator') === 'NA' ? '' : get('Denominator'),
    })
  })
  if (problems.length > 0) throw importFailure(`${file}: invalid iMeta`, problems)
  return out
}

type Node = MethodologyInput['tree'][number]

function buildMethodology(
  indicators: MetaRow[],
  aggregates: MetaRow[],
  options: CoinrOptions,
  file: string,
  denominators: ReadonlyArray<string>,
): MethodologyInput {
  const normalise = options.normalise ?? { method: 'minmax', l: '0', u: '100' }
  const aggregate = { use: options.aggregate === 'geomean' ? 'chiso/geometric-mean' : 'chiso/mean' }
  // COINr applies Direction even without normalisation (Normalise with f_n = "none" multiplies by it).
  const stepOf = (m: MetaRow) =>
    normalise.method === 'minmax'
      ? { use: 'chiso/min-max', with: { l: normalise.l, u: normalise.u } }
      : normalise.method === 'zscore'
        ? { use: 'chiso/z-score', with: { mean: normalise.mean, sd: normalise.sd } }
        : m.direction === -1
          ? { use: 'chiso/oriented' }
          : undefined
  const impute =
    options.impute === undefined || options.impute === 'none'
      ? undefined
      : {
          use: options.impute.endsWith('median') ? 'chiso/impute-median' : 'chiso/impute-mean',
          with: { by: options.impute.startsWith('group') ? 'group' : 'cohort' },
        }
  const treat = options.treat
    ? { use: 'chiso/skew-kurtosis', with: { maxPoints: options.treat.maxPoints } }
    : undefined
  const children = new Map<string, MetaRow[]>()
  for (const m of [...indicators, ...aggregates]) {
    const list = children.get(m.parent)
    if (list) list.push(m)
    else children.set(m.parent, [m])
  }
  const codes = new Set([...indicators, ...aggregates].map((m) => m.code))
  const orphans = [...indicators, ...aggregates].filter((m) => m.parent !== '' && !codes.has(m.parent))
  const indicatorCodes = new Set(indicators.map((m) => m.code))
  // A row under an indicator, or in a cycle of Parents, would never reach the tree: refuse it, never drop it.
  const unreachable = [...indicators, ...aggregates].filter(
    (m) => !orphans.includes(m) && !reachesRoot(m, [...indicators, ...aggregates]),
  )
  const roots = children.get('') ?? []
  if (orphans.length > 0 || unreachable.length > 0 || roots.length === 0) {
    throw importFailure(`${file}: the tree is incomplete`, [
      ...orphans.map((m) => ({
        code: 'INVALID_INPUT' as const,
        file,
        row: m.row,
        message: `Parent "${m.parent}" of ${m.code} is not an iCode`,
      })),
      ...unreachable.map((m) => ({
        code: 'INVALID_INPUT' as const,
        file,
        row: m.row,
        message: indicatorCodes.has(m.parent)
          ? `Parent "${m.parent}" of ${m.code} is an indicator: only aggregates have children`
          : `${m.code} does not lead to the index: its Parents form a cycle or pass through an indicator`,
      })),
      ...(roots.length === 0
        ? // Located at the header row: the Parent column has no empty cell.
          [
            {
              code: 'INVALID_INPUT' as const,
              file,
              row: 1,
              message: 'no row without a Parent (the index itself)',
            },
          ]
        : []),
    ])
  }
  const build = (m: MetaRow, depth: number): Node => {
    const base = {
      code: m.code,
      title: { en: m.name },
      weight: m.weight,
      ...(m.direction === -1 ? { direction: -1 as const } : {}),
    }
    if (m.type === 'indicator') {
      const step = stepOf(m)
      return {
        ...base,
        rule: { use: 'chiso/value' },
        ...(options.denominate && m.denominator !== '' ? { denominate: { by: m.denominator } } : {}),
        ...(impute ? { impute } : {}),
        ...(treat ? { treat } : {}),
        ...(step ? { normalise: step } : {}),
      }
    }
    const kids = children.get(m.code) ?? []
    if (kids.length === 0 || depth > 100) {
      throw importFailure(`${file}: aggregate without children`, [
        { code: 'INVALID_INPUT', file, row: m.row, message: `the aggregate ${m.code} has no children` },
      ])
    }
    return {
      ...base,
      aggregate,
      ...(options.datThresh ? { minPresent: { share: options.datThresh } } : {}),
      children: kids.map((k) => build(k, depth + 1)),
    }
  }
  return {
    id: options.id ?? 'coinr-import',
    version: '1.0.0',
    title: { en: 'Composite indicator imported from COINr tables' },
    status: 'draft',
    result: { type: 'composite' },
    missing: 'skip',
    aggregate,
    ranking: { method: 'competition', on: 'exact' },
    ...(denominators.length > 0 ? { columns: denominators.map((code) => ({ code })) } : {}),
    ...screenOf(options),
    tree: roots.map((m) => build(m, 0)),
  }
}

// The pipeline options refer to columns of the two tables: refuse, located, any that is not there.
function checkPipelineOptions(
  options: CoinrOptions,
  indicators: ReadonlyArray<MetaRow>,
  denominators: ReadonlySet<string>,
  header: ReadonlyArray<string>,
  metaFile: string,
  dataFile: string,
): void {
  const problems: ChisoIssue[] = []
  if (options.group !== undefined && !header.includes(options.group))
    problems.push({
      code: 'INVALID_INPUT',
      file: dataFile,
      row: 1,
      message: `--group ${options.group}: iData has no such column`,
    })
  if (options.impute?.startsWith('group') && options.group === undefined)
    problems.push({
      code: 'INVALID_INPUT',
      file: dataFile,
      message: `--impute ${options.impute} needs --group (the iData column of the groups)`,
    })
  if (options.denominate) {
    for (const m of indicators) {
      if (m.denominator === '') continue
      if (!denominators.has(m.denominator) || !header.includes(m.denominator))
        problems.push({
          code: 'INVALID_INPUT',
          file: metaFile,
          row: m.row,
          message: `Denominator "${m.denominator}" of ${m.code} is not a Denominator column of iMeta and iData`,
        })
    }
  }
  const unitScreen = options.unitScreen ?? (options.screen === undefined ? undefined : 'byNA')
  if (unitScreen !== undefined && unitScreen !== 'byzeros' && options.screen === undefined)
    problems.push({
      code: 'INVALID_INPUT',
      message: `--unit-screen ${unitScreen} needs --screen SHARE (COINr's dat_thresh)`,
    })
  if (unitScreen === 'byzeros' && options.screen !== undefined)
    problems.push({
      code: 'INVALID_INPUT',
      message: '--unit-screen byzeros does not read --screen: use byNAandzeros to screen by both',
    })
  if (options.nonzeroThresh !== undefined && unitScreen !== 'byzeros' && unitScreen !== 'byNAandzeros')
    problems.push({
      code: 'INVALID_INPUT',
      message: '--nonzero-thresh needs --unit-screen byzeros or byNAandzeros',
    })
  if (problems.length > 0) throw importFailure('COINr pipeline options', problems)
}

/** The methodology's `screen` for COINr's `Screen(unit_screen, dat_thresh, nonzero_thresh)`. */
function screenOf(options: CoinrOptions): { screen?: Record<string, string> } {
  const unitScreen = options.unitScreen ?? (options.screen === undefined ? undefined : 'byNA')
  if (unitScreen === undefined) return {}
  if (unitScreen === 'byNA') return { screen: { minShare: options.screen! } }
  const nonZero: Record<string, string> =
    options.nonzeroThresh === undefined ? {} : { minNonZeroShare: options.nonzeroThresh }
  return unitScreen === 'byzeros'
    ? { screen: { by: 'zeros', ...nonZero } }
    : { screen: { by: 'missing-and-zeros', minShare: options.screen!, ...nonZero } }
}

// Follows Parents up to the index (a row without one) through aggregates only; false on a cycle, an indicator
// or an unknown Parent on the way.
function reachesRoot(row: MetaRow, rows: ReadonlyArray<MetaRow>): boolean {
  const byCode = new Map(rows.map((m) => [m.code, m]))
  const seen = new Set<string>()
  let current = row
  while (current.parent !== '') {
    if (seen.has(current.code)) return false
    seen.add(current.code)
    const parent = byCode.get(current.parent)
    if (parent === undefined || parent.type !== 'aggregate') return false
    current = parent
  }
  return true
}
