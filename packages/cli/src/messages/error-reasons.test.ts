import { readLongTable, readWideTable, type Table } from '@chiso/adapters'
import { importCoinr } from '@chiso/adapters/coinr'
import { readXlsx } from '@chiso/adapters/xlsx'
import {
  appraisalRecord,
  type ChisoIssue,
  catalogue,
  createEngine,
  type ErrorReason,
  errorReasonOf,
  explain,
  isChisoError,
  type MethodologyInput,
  parseDataset,
  parseMethodology,
  rankByNode,
} from '@chiso/core'
import { planRank } from '@chiso/scenarios'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { formatChisoError } from '../format/chiso-error.js'
import { loadPlugins } from '../io/load-plugins.js'
import { notFoundAmong } from '../io/not-found-among.js'
import { ERROR_REASON_MESSAGES } from './error-reasons.js'

// Small illustrative inputs, each failing one way: every coded error and issue below is raised by the code that
// raises it for users, and its reason is read back as the CLI reads it.
const leaf = { code: '1', title: 'A', max: '1', rule: { use: 'chiso/points' } }
const points = (change: Record<string, unknown>): unknown => ({
  id: 't.x',
  version: '1.0.0',
  title: 'T',
  result: { type: 'points' },
  tree: [leaf],
  ...change,
})
const withLeaf = (change: Record<string, unknown>) => points({ tree: [{ ...leaf, ...change }] })

/** A composite methodology of one leaf normalised as given. */
const composite = (normalise: Record<string, unknown>): MethodologyInput => ({
  id: 't.composite',
  version: '1.0.0',
  title: 'T',
  result: { type: 'composite' },
  tree: [{ code: 'a', title: 'A', rule: { use: 'chiso/value' }, normalise } as never],
})

/** A composite methodology whose screen leaves unit D (one value of three) unranked. */
const screened: MethodologyInput = {
  id: 't.screened',
  version: '1.0.0',
  title: 'T',
  result: { type: 'composite' },
  screen: { minShare: '0.9' },
  tree: ['x', 'y', 'z'].map((code) => ({
    code,
    title: code,
    rule: { use: 'chiso/value' },
    normalise: { use: 'chiso/min-max' },
  })),
}
const screenedData = {
  units: ['A', 'B', 'D'].map((code) => ({ code })),
  observations: [
    ...['A', 'B'].flatMap((unit, i) => ['x', 'y', 'z'].map((node) => ({ unit, node, value: String(i + 1) }))),
    { unit: 'D', node: 'x', value: '5' },
  ],
}

/** What the code raised: the error, or each issue of it, with its English message and reason. */
type Raised = { message: string; reason: ErrorReason<string>; hint?: string | undefined }

function raised(run: () => unknown): Raised[] {
  try {
    run()
  } catch (error) {
    if (!isChisoError(error)) throw error
    const own = errorReasonOf(error)
    const issues = error.issues.flatMap((issue: ChisoIssue) => {
      const reason = errorReasonOf(issue)
      // The one issue made from a coded error's message shares its reason: it is the error itself.
      return reason === undefined || reason === own
        ? []
        : [{ message: issue.message, reason, hint: issue.hint }]
    })
    return own === undefined ? issues : [{ message: error.message, reason: own, hint: error.hint }, ...issues]
  }
  throw new Error('expected an error')
}

async function raisedAsync(run: () => Promise<unknown>): Promise<Raised[]> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  )
  return raised(() => {
    throw error
  })
}

/** A CSV-like table of these rows (numbered from 1). */
const table = (rows: string[][]): Table => ({
  file: 'd.csv',
  rows,
  rowNumbers: rows.map((_, index) => index + 1),
  width: Math.max(...rows.map((row) => row.length)),
})

/** A wide table without a unit column, and one with it. */
const noUnit = () =>
  table([
    ['x', '1.1'],
    ['a', '1'],
  ])
const withUnit = () =>
  table([
    ['unit', '1.1'],
    ['a', '1'],
  ])

/** An XLSX workbook whose one sheet is empty. */
async function emptySheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Trống')
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function everyRaised(): Promise<Raised[]> {
  const engine = createEngine()
  const card = engine.compile(points({})).evaluate({ units: [{ code: 'u' }], observations: [] })
  const compiled = engine.compile(screened)
  const dataset = parseDataset(screenedData)
  return [
    ...raised(() => parseMethodology(withLeaf({ max: 'mười' }))),
    ...raised(() => parseMethodology(withLeaf({ max: true }))),
    ...raised(() => parseMethodology(withLeaf({ max: 0.1 + 0.2 }))),
    ...raised(() => parseMethodology(withLeaf({ max: '-1' }))),
    ...raised(() => parseMethodology(points({ tree: [{ title: 'A', rule: { use: 'chiso/points' } }] }))),
    ...raised(() => parseMethodology(points({ tree: 'x' }))),
    ...raised(() => parseMethodology(points({ display: { mode: 'x' } }))),
    ...raised(() => parseMethodology(points({ result: { type: 'x' } }))),
    ...raised(() => parseMethodology(points({ foo: 1 }))),
    ...raised(() => parseMethodology(points({ foo: 1, bar: 2 }))),
    ...raised(() =>
      parseDataset({ units: [{ code: 'u' }], observations: [{ unit: 'u', node: '1', value: {} }] }),
    ),
    ...raised(() =>
      parseDataset({ units: [{ code: 'u' }], observations: [{ unit: 'u', node: '1', direction: 2 }] }),
    ),
    ...raised(() => parseMethodology(points({ tree: [leaf, leaf] }))),
    ...raised(() => parseMethodology(withLeaf({ children: [{ ...leaf, code: '1.1' }] }))),
    ...raised(() => parseMethodology(withLeaf({ rule: undefined }))),
    ...raised(() => parseMethodology(points({ ranking: { tieBreakers: [{ node: '9' }] } }))),
    ...raised(() =>
      engine.compile(
        withLeaf({
          max: undefined,
          rule: { use: 'chiso/yes-no', with: { points: '1' } },
        }) as MethodologyInput,
      ),
    ),
    ...raised(() => engine.compile(withLeaf({ max: undefined }) as MethodologyInput)),
    ...raised(() => engine.compile(composite({ use: 'chiso/min-max', with: { l: '10', u: '0' } }))),
    ...raised(() => engine.compile(composite({ use: 'chiso/goalposts', with: { lower: '10', upper: '0' } }))),
    ...raised(() => engine.compile(points({ plugins: ['acme'] }) as MethodologyInput)),
    ...raised(() => engine.compile(withLeaf({ rule: { use: 'chiso/nope' } }) as MethodologyInput)),
    ...raised(() => engine.compile(withLeaf({ rule: { use: 'acme/x' } }) as MethodologyInput)),
    ...raised(() => parseDataset({ units: [{ code: 'u' }, { code: 'u' }], observations: [] })),
    ...raised(() => explain(card, parseMethodology(points({})), { unit: 'x' })),
    ...raised(() => explain(card, parseMethodology(points({})), { unit: 'u', node: '9' })),
    ...raised(() => rankByNode(card, '9', 'competition')),
    ...raised(() => catalogue.resolve('pci@2099')),
    ...raised(() => catalogue.resolve('khong-co@1')),
    ...raised(() => planRank(compiled, dataset, { unit: 'Q', target: { kind: 'rise', ranks: 1 } })),
    ...raised(() => planRank(compiled, dataset, { unit: 'D', target: { kind: 'rise', ranks: 1 } })),
    ...raised(() => appraisalRecord(compiled, dataset, 'Q')),
    ...raised(() => {
      throw notFoundAmong('node', '9', ['1', '2'], 'm.yaml')
    }),
    ...(await raisedAsync(() => loadPlugins(['chiso-plugin-khong-co'], process.cwd()))),
    ...(await raisedAsync(() => loadPlugins(['commander'], process.cwd()))),
    ...raised(() => readWideTable(noUnit())),
    ...raised(() => readWideTable(noUnit(), { mapping: { unit: 'Mã' } })),
    ...raised(() => readWideTable(noUnit(), { mapping: { orientation: 'columns' } })),
    ...raised(() => readWideTable(withUnit(), { mapping: { headerRow: 9 } })),
    ...raised(() => readLongTable(table([['x', 'node', 'value']]))),
    ...raised(() =>
      readLongTable(
        table([
          ['unit', 'node'],
          ['a', '1'],
        ]),
      ),
    ),
    ...raised(() =>
      readLongTable(
        table([
          ['unit', 'name'],
          ['a', 'A'],
        ]),
      ),
    ),
    ...(await raisedAsync(async () => readXlsx(await emptySheet(), { file: 'd.xlsx' }))),
    ...raised(() => importCoinr('Level,iCode\n1,a\n', 'uCode,a\nu,1\n')),
  ]
}

const HINT_CODES = new Set([
  'hint.catalogue-versions',
  'hint.catalogue-ids',
  'plugin.install',
  'plugin.no-plugin-hint',
  'hint.name-unit-column',
])
// A hint given by `loadProjectPlugins` to a package that a project declares but did not install: its English
// is the plugins catalogue's own text (`PLUGINS_MESSAGES.en.installDeclared`), checked in `plugins.test.ts`.
const MET_ELSEWHERE = new Set(['plugin.install-declared'])

describe('ERROR_REASON_MESSAGES', async () => {
  const all = await everyRaised()
  const en: Readonly<Record<string, (params: Readonly<Record<string, string>>) => string>> =
    ERROR_REASON_MESSAGES.en
  const vi: typeof en = ERROR_REASON_MESSAGES.vi
  const codes = Object.keys(en).filter((code) => !HINT_CODES.has(code) && !MET_ELSEWHERE.has(code))

  it.each(codes)(
    '%s: the English sentence is the message core (or the CLI) raises, word for word',
    (code) => {
      const met = all.filter((entry) => entry.reason.code === code)
      expect(met.length).toBeGreaterThan(0)
      for (const { message, reason } of met) expect(en[code]!(reason.params)).toBe(message)
    },
  )

  it.each([...HINT_CODES])('%s: the English hint is the hint raised, word for word', (code) => {
    const met = all.filter((entry) => entry.reason.hint === code)
    expect(met.length).toBeGreaterThan(0)
    for (const { hint, reason } of met) expect(en[code]!(reason.params)).toBe(hint)
  })

  it.each(codes)('%s: the Vietnamese sentence differs and names the same values', (code) => {
    for (const { reason } of all.filter((entry) => entry.reason.code === code)) {
      expect(vi[code]!(reason.params)).not.toBe(en[code]!(reason.params))
      const sentence = [
        vi[code]!(reason.params),
        reason.hint === undefined ? '' : vi[reason.hint]!(reason.params),
      ].join('\n')
      // Words core writes in English (what a schema expected, who lacks a unit, a kind of item) are translated.
      const translated = new Set(['holder', 'kind', 'expected', 'received', 'count', 'cwd', 'axis'])
      for (const [name, value] of Object.entries(reason.params))
        if (!translated.has(name)) expect(sentence).toContain(value)
    }
  })

  it('keeps the codes out of JSON: an error’s issues serialise as they did', () => {
    const [entry] = raised(() => parseMethodology(withLeaf({ max: 'mười' })))
    expect(entry?.reason.code).toBe('decimal.expected')
    try {
      parseMethodology(withLeaf({ max: 'mười' }))
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain('errorReason')
      expect(JSON.stringify(error)).not.toContain('decimal.expected')
    }
  })

  it('says a coded error whole in Vietnamese, hint included, without the line pointing to --lang en', () => {
    try {
      catalogue.resolve('pci@2099')
    } catch (error) {
      if (!isChisoError(error)) throw error
      expect(formatChisoError(error, undefined, 'vi')).toBe(
        'lỗi: không bộ chỉ số nào trong danh mục khớp với "pci@2099"\ngợi ý: các phiên bản của pci: 2014.0.0\n',
      )
      expect(formatChisoError(error, undefined, 'en')).toBe(
        'error: no methodology in the catalogue matches "pci@2099"\nhint: versions of pci: 2014.0.0\n',
      )
    }
  })
})
