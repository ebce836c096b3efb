import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'
import { separatorEvidence, separatorEvidenceByColumn } from '../src/cell/mixed-separators.js'

// Cells that group thousands either way, read either way, or neither; with spaces around some.
const cell = fc.constantFrom(
  '80',
  '7.5',
  '987.654',
  '987,654',
  '1.234.567',
  '1,234,567',
  '1.234,5',
  ' 12.345 ',
  '',
  'x',
)
const table = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 12 })

describe('separatorEvidenceByColumn', () => {
  test.prop([table, fc.nat(3), fc.uniqueArray(fc.nat(3))], propertyRuns(100))(
    'finds what separatorEvidence finds in each column’s cells from the given row on',
    (rows, from, columns) => {
      const byColumn = separatorEvidenceByColumn(rows, from, columns)
      for (const c of columns) {
        const one = separatorEvidence(rows.slice(from).map((row) => row[c] ?? ''))
        const found = one.dotGroups !== undefined || one.commaGroups !== undefined
        expect(byColumn.get(c)).toEqual(found ? one : undefined)
      }
      expect([...byColumn.keys()].every((c) => columns.includes(c))).toBe(true)
    },
  )
})
