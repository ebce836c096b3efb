// Nothing lost: an import that rejects cells still imports the rest, and each rejected cell names the unit it
// belonged to, so a report (and `chiso import --report`) says which units are scored without some of their data.
import { createEngine } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/csv/read-csv.js'

const methodology = {
  id: 'fuzz.rejects',
  version: '1.0.0',
  title: 'Illustrative two-leaf methodology',
  status: 'illustrative',
  result: { type: 'points' },
  tree: [
    { code: '1.1', title: 'One', max: '10', rule: { use: 'chiso/points' } },
    { code: '1.2', title: 'Two', max: '10', rule: { use: 'chiso/points' } },
  ],
}

describe('rejected cells name their unit', () => {
  it('in a wide table: the unit of the row, for a bad value, a duplicate row or a value without a header', () => {
    const csv = 'unit,name,1.1,1.2,\nA,Unit A,7,abc,\nB,Unit B,5,6,x\nA,Again,1,2,\n,No unit,3,,\n'
    const { dataset, report } = readCsv(csv, { file: 'd.csv' })
    expect(report.rejected.map((cell) => [cell.row, cell.column, cell.unit])).toEqual([
      [2, 4, 'A'],
      [3, 5, 'B'],
      [4, 1, 'A'],
      [4, 2, 'A'],
      [4, 3, 'A'],
      [4, 4, 'A'],
      [5, 2, undefined],
      [5, 3, undefined],
    ])
    // The rest is imported and scored: A with 1.1 only, B whole.
    const card = createEngine().compile(methodology).evaluate(dataset)
    expect(card.units.map((u) => [u.unit, u.score])).toEqual([
      ['B', '11'],
      ['A', '7'],
    ])
  })

  it('in a long table: the unit of the rejected row', () => {
    const csv = 'unit,node,value\nA,1.1,7\nA,1.2,abc\nB,x y,1\n,1.1,3\n'
    const { report } = readCsv(csv, { file: 'd.csv' })
    expect(report.rejected.map((cell) => [cell.row, cell.unit])).toEqual([
      [3, 'A'],
      [3, 'A'],
      [3, 'A'],
      [4, 'B'],
      [4, 'B'],
      [4, 'B'],
      [5, undefined],
      [5, undefined],
    ])
  })
})
