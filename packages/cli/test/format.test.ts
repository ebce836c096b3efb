import { ChisoError } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { stringifyOrdered } from '../src/format/ordered-json.js'
import { renderTable } from '../src/format/table.js'
import { displayWidth, pad } from '../src/format/width.js'
import { findJsonSyntaxError } from '../src/io/json-syntax.js'
import { lineColumn } from '../src/io/line-column.js'
import { parseJson } from '../src/io/parse-json.js'

describe('display width', () => {
  it('counts Vietnamese letters as one column, precomposed or not', () => {
    expect(displayWidth('Thừa Thiên Huế')).toBe(14)
    expect(displayWidth('Hue\u0302\u0301')).toBe(3)
    expect(pad('Huê\u0301', 5, 'right')).toBe('  Huê\u0301')
  })

  // The printable-ASCII shortcut gives what counting code points after NFC gives.
  test.prop([fc.oneof(fc.string(), fc.string({ unit: 'grapheme-composite' }))], propertyRuns(100))(
    'is the count of code points after NFC, ASCII or not',
    (text) => {
      expect(displayWidth(text)).toBe([...text.normalize('NFC')].length)
    },
  )

  it('aligns table columns by display width', () => {
    expect(
      renderTable(
        [{ header: 'Unit' }, { header: 'Index', align: 'right' }],
        [
          ['Huế', '85.78'],
          ['Đà Nẵng', '9'],
        ],
      ),
    ).toBe('Unit     Index\n-------  -----\nHuế      85.78\nĐà Nẵng      9\n')
  })
})

describe('JSON', () => {
  it('matches JSON.stringify(value, null, 2) apart from node order', () => {
    const value = { a: [1, 'x', null, { b: true }], c: {}, d: [], nodes: { '2': 1, '1.1': 2, '1': 3 } }
    expect(stringifyOrdered(value)).toBe(JSON.stringify(value, null, 2))
    expect(stringifyOrdered({ nodes: { '2': 1, '1.1': 2, '1': 3 } }, ['1', '1.1', '2'])).toBe(
      '{\n  "nodes": {\n    "1": 3,\n    "1.1": 2,\n    "2": 1\n  }\n}',
    )
  })

  it.each([
    ['{"a": 1,\n "b": }', 15],
    ['{"a": 1', 7],
    ['', 0],
    ['{"a": 1}\n x', 10],
    ['[1, 2,]', 6],
    ['{"a": "\\x"}', 8],
    ['{"a": 01}', 7],
  ])('finds the syntax error in %j at offset %i', (text, offset) => {
    expect(findJsonSyntaxError(text)).toBe(offset)
  })

  it.each(['{"a": [1, 2.5e3, -0.1, true, false, null, "\\u00e9\\n"]}', '  "x"  ', '[]'])(
    'accepts valid JSON %j',
    (text) => {
      expect(findJsonSyntaxError(text)).toBeUndefined()
    },
  )

  it('locates parse errors by line and column', () => {
    expect(lineColumn('ab\ncdế\nx', 7)).toEqual({ row: 3, column: 1 })
    try {
      parseJson('{\n  "id": "x",\n}', 'm.json')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError)
      expect((error as ChisoError).code).toBe('INVALID_SYNTAX')
      expect((error as ChisoError).issues[0]).toMatchObject({ row: 3, column: 1 })
    }
  })
})
