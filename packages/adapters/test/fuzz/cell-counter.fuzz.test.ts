// Fuzz: the XLSX cell bound counts cell elements in worksheet XML as it is inflated, chunk by chunk. However
// the XML is cut into chunks, the count is the count of `<c>` / `<c …>` elements in the whole text (and `<col>`,
// `<cols>`, `<cfRule>` are not cells).
import { fuzzTally, propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { CellCounter } from '../../src/xlsx/count-inflated.js'

const parameters = propertyRuns(300)
const tally = fuzzTally('xlsx cell counter')

const pieceArb = fc.constantFrom(
  '<c r="A1"><v>1</v></c>',
  '<c r="XFD100000" t="s"><v>0</v></c>',
  '<c/>',
  '<c>',
  '<c\tr="B2"/>',
  '<cols><col min="1" max="2"/></cols>',
  '<cfRule type="x"/>',
  '<row r="1">',
  '</row>',
  '<',
  'c',
  ' ',
  'text',
)

describe('XLSX cell counter fuzz', () => {
  test.prop(
    [
      fc.array(pieceArb, { maxLength: 60 }),
      fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }),
    ],
    parameters,
  )(`counts the same cells however the XML is chunked (${parameters.numRuns} cases)`, (pieces, sizes) => {
    tally('case')
    const bytes = new TextEncoder().encode(pieces.join(''))
    const expected = (pieces.join('').match(/<c[ \t\n\r>/]/g) ?? []).length
    const counter = new CellCounter()
    let at = 0
    for (let i = 0; at < bytes.length; i++) {
      const size = sizes[i % sizes.length] as number
      counter.scan(bytes.subarray(at, at + size))
      at += size
    }
    expect(counter.count).toBe(expected)
  })
})
