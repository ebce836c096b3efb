import { ChisoError } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../src/csv/read-csv.js'
import { parseMapping } from '../src/mapping/mapping.js'

describe('parseMapping', () => {
  it('accepts a mapping and returns it typed', () => {
    const mapping = {
      unit: 'Mã',
      columns: {
        'Kế hoạch': '1.1',
        'Đúng hạn': { node: '1.2', field: 'done', source: 'appraisal' },
        'Ghi chú': 'ignore',
      },
    }
    expect(parseMapping(mapping, 'm.yaml')).toEqual(mapping)
  })

  it('lists every problem with its path', () => {
    try {
      parseMapping(
        {
          unit: 3,
          colums: {},
          decimal: ';',
          source: 'expert',
          columns: { A: 'bad code', B: { node: '1', field: '9x', extra: 1 } },
        },
        'm.yaml',
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError)
      expect((error as ChisoError).issues.map((p) => p.message)).toEqual([
        'colums: unknown key',
        'unit: expected a column header (text)',
        'decimal: expected one of "auto", ".", ","',
        'source: expected self, appraisal, survey or statistic',
        'columns.A: "bad code" is not a leaf code',
        'columns.B.extra: unknown key',
        'columns.B.field: expected a field name (letters, digits and _)',
      ])
    }
  })
})

describe('a mapping applied to a CSV', () => {
  it('renames headers, feeds fields and sources, sets the default source, and reads the decimal comma', () => {
    const text = 'Mã;Tên;Đúng hạn;Tổng;Tự chấm;Thẩm định\nHN;Hà Nội;1.200;1.250;7,5;7\n'
    const { dataset } = readCsv(text, {
      file: 'd.csv',
      mapping: {
        unit: 'Mã',
        name: 'Tên',
        decimal: ',',
        source: 'appraisal',
        columns: {
          'Đúng hạn': { node: '1.2', field: 'done' },
          Tổng: { node: '1.2', field: 'total' },
          'Tự chấm': { node: '1.3', source: 'self' },
          'Thẩm định': '1.3',
        },
      },
    })
    expect(dataset.units).toEqual([{ code: 'HN', name: 'Hà Nội' }])
    expect(dataset.observations.map((o) => [o.node, o.field, o.source, o.value])).toEqual([
      ['1.2', 'done', 'appraisal', '1200'],
      ['1.2', 'total', 'appraisal', '1250'],
      ['1.3', 'value', 'self', '7.5'],
      ['1.3', 'value', 'appraisal', '7'],
    ])
  })
})
