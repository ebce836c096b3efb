// Bugs the fuzz suites found in the adapters, each pinned by the smallest input that showed it.

import { ChisoError } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { importCoinr } from '../../src/coinr/import-coinr.js'
import { readCsv } from '../../src/csv/read-csv.js'
import { readDatasetJson } from '../../src/json/dataset-json.js'

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('fuzz regressions (adapters)', () => {
  it('a quote inside an unquoted CSV cell is an INVALID_CSV ChisoError with its row, not a parser crash', () => {
    const error = thrown(() => readCsv('unit;name;1.1\nA;Unit A;1\nB;Unit B;x"y\n', { file: 'q.csv' }))
    expect(error).toBeInstanceOf(ChisoError)
    expect((error as ChisoError).issues[0]).toMatchObject({ code: 'INVALID_CSV', file: 'q.csv', row: 3 })
  })

  it('a dataset JSON schema problem carries the JSON path of the fault', () => {
    const text = '{"units":[{"code":"A"}],"observations":[{"unit":"A","node":"1","value":"abc"}]}'
    const error = thrown(() => readDatasetJson(text, { file: 'd.json' }))
    expect(error).toBeInstanceOf(ChisoError)
    expect((error as ChisoError).issues[0]).toMatchObject({
      code: 'INVALID_DATASET',
      file: 'd.json',
      path: ['observations', 0, 'value'],
    })
  })

  it('a JSON syntax error with an offset carries its row and column', () => {
    const error = thrown(() => readDatasetJson('{"units": [],\n "observations": [1 2]}', { file: 'd.json' }))
    expect((error as ChisoError).issues[0]).toMatchObject({ code: 'INVALID_SYNTAX', row: 2, column: 21 })
  })

  describe('a COINr indicator that cannot reach the index is refused, never dropped', () => {
    const header = 'Level,iCode,iName,Direction,Weight,Parent,Type'
    const data = 'uCode,uName,a,b\nX,Unit X,1,2\nY,Unit Y,3,4\n'
    const problemsOf = (meta: string) =>
      (thrown(() => importCoinr(meta, data)) as ChisoError).issues.map((p) => [p.row, p.message])

    it('an indicator whose Parent is an indicator', () => {
      const meta = `${header}\n1,a,A,1,1,Index,Indicator\n1,b,B,1,1,a,Indicator\n2,Index,Index,1,1,,Aggregate\n`
      expect(problemsOf(meta)).toEqual([
        [3, 'Parent "a" of b is an indicator: only aggregates have children'],
      ])
    })

    it('an indicator under a cycle of Parents', () => {
      const meta = `${header}\n1,a,A,1,1,Index,Indicator\n1,b,B,1,1,P,Indicator\n2,P,P,1,1,Q,Aggregate\n2,Q,Q,1,1,P,Aggregate\n3,Index,Index,1,1,,Aggregate\n`
      expect(problemsOf(meta).map(([row]) => row)).toEqual([3, 4, 5])
    })
  })

  it('COINr data with several Time values is refused at the first row of another period, in the Time column', () => {
    const meta =
      'Level,iCode,iName,Direction,Weight,Parent,Type\n1,a,A,1,1,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n'
    const data = 'uCode,uName,Time,a\nX,Unit X,2018,1\nY,Unit Y,2018,2\nZ,Unit Z,2019,3\n'
    const error = thrown(() => importCoinr(meta, data)) as ChisoError
    expect(error.issues[0]).toMatchObject({ file: 'iData.csv', row: 4, column: 3 })
  })

  it('a duplicate COINr iCode is refused at its iMeta row (it built a methodology with a duplicate node)', () => {
    const meta =
      'Level,iCode,iName,Direction,Weight,Parent,Type\n1,a,A,1,1,Index,Indicator\n1,a,A again,1,1,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n'
    const error = thrown(() => importCoinr(meta, 'uCode,uName,a\nX,Unit X,1\n')) as ChisoError
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: 'iMeta.csv',
        row: 3,
        column: 2,
        message: 'duplicate iCode "a" (first in row 2)',
      }),
    ])
  })

  it.each([
    ['long', `unit,node,value\n${'U'.repeat(201)},1.1,7\nB,1.1,5\n`],
    ['wide', `unit,1.1\n${'U'.repeat(201)},7\nB,5\n`],
  ])(
    'a %s table with a unit code longer than a dataset allows rejects that row and imports the rest',
    (_, csv) => {
      const { dataset, report } = readCsv(csv, { file: 'd.csv' })
      expect(dataset.units.map((u) => u.code)).toEqual(['B'])
      expect(report.rejected[0]).toMatchObject({
        row: 2,
        column: 1,
        reason: 'the unit code is longer than 200 characters',
      })
      expect(report.rejected.every((cell) => cell.unit === undefined)).toBe(true)
    },
  )

  it('a table read as long without a value column is refused at its header row (its observations had column 0)', () => {
    const error = thrown(() => readCsv('unit,node\nHN,2\n', { file: 'd.csv', mapping: { format: 'long' } }))
    expect((error as ChisoError).issues[0]).toMatchObject({
      code: 'INVALID_HEADER',
      file: 'd.csv',
      row: 1,
    })
  })
})
