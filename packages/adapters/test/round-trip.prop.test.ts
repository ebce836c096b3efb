// Property tests: a dataset exported then imported is identical (wide CSV, long CSV, XLSX, JSON).

import type { Dataset, Observation, Unit } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { readCsv } from '../src/csv/read-csv.js'
import { writeLongCsv, writeWideCsv } from '../src/csv/write-csv.js'
import { readDatasetJson, writeDatasetJson } from '../src/json/dataset-json.js'
import { readXlsx } from '../src/xlsx/read-xlsx.js'
import { datasetToXlsx } from '../src/xlsx/write-xlsx.js'

// Header words the readers give a meaning to: not usable as unit codes in a header-less position or as leaves.
const RESERVED = new Set([
  'unit',
  'code',
  'ucode',
  'mã',
  'name',
  'uname',
  'tên',
  'đơn vị',
  'group',
  'nhóm',
  'node',
  'value',
])

/** Text as a spreadsheet keeps it: NFC, no surrounding spaces, with Vietnamese, delimiters, quotes and formula starts. */
const textArb = fc
  .string({
    unit: fc.constantFrom(...'aAzZ09 ,;"\'=+-@#\tĐđăâêôơưạảấầẩẫậếềểễệ.%/\n'.split('')),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => s.normalize('NFC').trim())
  .filter((s) => s !== '' && !RESERVED.has(s.toLowerCase()))

const decimalArb = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([negative, digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0')
    const whole = text.slice(0, text.length - scale).replace(/^0+(?=\d)/, '')
    const fraction = text.slice(text.length - scale).replace(/0+$/, '')
    const body = fraction === '' ? whole : `${whole}.${fraction}`
    return negative && body !== '0' ? `-${body}` : body
  })

const valueArb: fc.Arbitrary<Observation['value']> = fc.oneof(
  { weight: 6, arbitrary: decimalArb },
  fc.constant('NA' as const),
  fc.boolean(),
  fc.constant(null),
)

const columnArb = fc.record({
  node: fc.stringMatching(/^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$/),
  field: fc.constantFrom('value', 'value', 'done', 'total'),
  source: fc.constantFrom(undefined, undefined, 'self', 'appraisal', 'survey', 'statistic'),
})

// Unit codes hold no control character (a line break or tab in a code is refused as invisible).
const codeArb = textArb.filter((text) => !/[\n\t]/.test(text))

const unitsArb = fc.uniqueArray(
  fc.record({
    code: codeArb,
    name: fc.option(textArb, { nil: undefined }),
    group: fc.option(textArb, { nil: undefined }),
  }),
  { minLength: 1, maxLength: 8, selector: (unit) => unit.code },
)

function cleanUnit(unit: { code: string; name: string | undefined; group: string | undefined }): Unit {
  return {
    code: unit.code,
    ...(unit.name === undefined ? {} : { name: unit.name }),
    ...(unit.group === undefined ? {} : { group: unit.group }),
  }
}

/** A complete grid: every unit has a value (possibly missing) in every column, in grid order. */
const gridDatasetArb: fc.Arbitrary<Dataset> = fc
  .tuple(
    unitsArb,
    fc.uniqueArray(columnArb, {
      minLength: 1,
      maxLength: 6,
      selector: (c) => `${c.node}:${c.field}@${c.source}`,
    }),
  )
  .chain(([units, columns]) =>
    fc
      .array(valueArb, { minLength: units.length * columns.length, maxLength: units.length * columns.length })
      .map((values) => ({
        units: units.map(cleanUnit),
        observations: units.flatMap((unit, u) =>
          columns.map((column, c) => ({
            unit: unit.code,
            node: column.node,
            field: column.field,
            value: values[u * columns.length + c] ?? null,
            ...(column.source ? { source: column.source as Observation['source'] } : {}),
          })),
        ),
      })),
  )

/** Any dataset whose observations are grouped by unit, in unit order (units without observations allowed). */
const longDatasetArb: fc.Arbitrary<Dataset> = unitsArb.chain((units) =>
  fc
    .array(fc.array(fc.tuple(columnArb, valueArb), { maxLength: 4 }), {
      minLength: units.length,
      maxLength: units.length,
    })
    .map((perUnit) => ({
      units: units.map(cleanUnit),
      observations: units.flatMap((unit, u) =>
        (perUnit[u] ?? []).map(([column, value]) => ({
          unit: unit.code,
          node: column.node,
          field: column.field,
          value,
          ...(column.source ? { source: column.source as Observation['source'] } : {}),
        })),
      ),
    })),
)

// Notes as people write them (trimmed, NFC): Vietnamese, commas, quotes, a formula-looking text.
const noteArb = fc.constantFrom('Kế hoạch đã ban hành', 'thiếu báo cáo quý, "chưa đủ"', '=SUM(A1:A3)', 'ok')
const evidenceArb = fc.array(
  fc.record(
    { number: fc.constantFrom('125/QĐ-UBND', '12/KH'), date: fc.constantFrom('2023-03-15', '2024-01-02') },
    { requiredKeys: [] },
  ),
  { maxLength: 2 },
)

/** A long dataset whose observations carry rounds, explanations, comments and evidence. */
const notedDatasetArb: fc.Arbitrary<Dataset> = longDatasetArb.chain((dataset) =>
  fc
    .array(
      fc.record({
        round: fc.option(fc.constantFrom('self', 'appraisal', 're-appraisal'), { nil: undefined }),
        explanation: fc.option(noteArb, { nil: undefined }),
        comment: fc.option(noteArb, { nil: undefined }),
        evidence: evidenceArb,
      }),
      { minLength: dataset.observations.length, maxLength: dataset.observations.length },
    )
    .map((notes) => ({
      ...dataset,
      observations: dataset.observations.map((o, i) => {
        const note = notes[i]!
        const evidence = note.evidence.filter((item) => Object.keys(item).length > 0)
        return {
          ...o,
          // A round names the observation's place itself: the source then stays out (as templates write it).
          ...(note.round === undefined ? {} : { round: note.round }),
          ...(note.explanation === undefined ? {} : { explanation: note.explanation }),
          ...(note.comment === undefined ? {} : { comment: note.comment }),
          ...(evidence.length === 0 ? {} : { evidence }),
        }
      }),
    })),
)

function withoutOrigins(dataset: Dataset): Dataset {
  return { ...dataset, observations: dataset.observations.map(({ origin: _origin, ...rest }) => rest) }
}

describe('export then import gives the same dataset', () => {
  test.prop([gridDatasetArb], propertyRuns(100))('wide CSV', (dataset) => {
    const { dataset: back, report } = readCsv(writeWideCsv(dataset), {
      file: 'd.csv',
      mapping: { format: 'wide' },
    })
    expect(report.rejected).toEqual([])
    expect(withoutOrigins(back)).toEqual(dataset)
  })

  test.prop([longDatasetArb], propertyRuns(100))('long CSV', (dataset) => {
    const { dataset: back, report } = readCsv(writeLongCsv(dataset), { file: 'd.csv' })
    expect(report.rejected).toEqual([])
    expect(withoutOrigins(back)).toEqual(dataset)
  })

  test.prop([notedDatasetArb], propertyRuns(50))('long CSV with rounds and notes', (dataset) => {
    const { dataset: back, report } = readCsv(writeLongCsv(dataset), { file: 'd.csv' })
    expect(report.rejected).toEqual([])
    expect(withoutOrigins(back)).toEqual(dataset)
  })

  test.prop([gridDatasetArb], propertyRuns(25))('XLSX', async (dataset) => {
    const { dataset: back, report } = await readXlsx(await datasetToXlsx(dataset), {
      file: 'd.xlsx',
      mapping: { format: 'wide' },
    })
    expect(report.rejected).toEqual([])
    expect(withoutOrigins(back)).toEqual(dataset)
  })

  test.prop([longDatasetArb], propertyRuns(100))('JSON (origins included)', (dataset) => {
    const withOrigin = {
      ...dataset,
      observations: dataset.observations.map((o, i) => ({
        ...o,
        origin: { file: 'x.xlsx', sheet: 'TC3', row: i + 2, column: 'C' },
      })),
    }
    expect(readDatasetJson(writeDatasetJson(withOrigin), { file: 'd.json' }).dataset).toEqual(withOrigin)
  })
})
