import { describe, expect, it } from 'vitest'
import { readCsv, writeWideCsv } from '../src/csv/index.js'
import { readDatasetJson, writeDatasetJson } from '../src/json/index.js'
import { parseMapping } from '../src/mapping/mapping.js'
import { datasetToXlsx, readXlsx } from '../src/xlsx/index.js'

// An illustrative cycle for two units: self-assessment with evidence, appraisal with a comment, a re-appraisal.
const csv = [
  'unit,name,1.1@self,1.1@self#explanation,1.1@self#evidence.number,1.1@self#evidence.date,1.1@self#evidence2.link,1.1@appraisal,1.1@appraisal#comment,1.1@re-appraisal',
  'A,Huyện A,4,Kế hoạch đã ban hành,125/QĐ-UBND,15/03/2023,https://example.org/kh.pdf,3,thiếu báo cáo quý,3.5',
  'B,Huyện B,2,,,,,,,',
].join('\n')

describe('evidence, explanations, comments and rounds in files', () => {
  it('reads note columns onto the observation of their leaf and round, dates as ISO', () => {
    const { dataset, report } = readCsv(csv, { file: 'cycle.csv' })
    const self = dataset.observations.find((o) => o.unit === 'A' && o.source === 'self')
    expect(self).toMatchObject({
      value: '4',
      explanation: 'Kế hoạch đã ban hành',
      evidence: [{ number: '125/QĐ-UBND', date: '2023-03-15' }, { link: 'https://example.org/kh.pdf' }],
    })
    expect(dataset.observations.find((o) => o.unit === 'A' && o.source === 'appraisal')?.comment).toBe(
      'thiếu báo cáo quý',
    )
    expect(dataset.observations.find((o) => o.unit === 'A' && o.round === 're-appraisal')?.value).toBe('3.5')
    expect(report.cells.rejected).toBe(0)
    expect(report.cells.used + report.cells.ignored).toBe(report.cells.total)
  })

  it('rejects, located, an evidence date that is not a date and a note with no value column', () => {
    const bad = 'unit,1.1,1.1#evidence.date,1.2#comment\nA,4,31/02/2023,ok\n'
    const { dataset, report } = readCsv(bad, { file: 'bad.csv' })
    expect(report.rejected.map((cell) => [cell.row, cell.column, cell.value])).toEqual([
      [2, 3, '31/02/2023'],
      [2, 4, 'ok'],
    ])
    expect(report.rejected[0]?.reason).toMatch(/is not a date/)
    expect(dataset.observations[0]?.evidence).toBeUndefined()
  })

  it('writes and reads back losslessly: wide CSV, XLSX and JSON', async () => {
    const { dataset } = readCsv(csv, { file: 'cycle.csv' })
    const strip = (d: typeof dataset) => d.observations.map(({ origin: _origin, ...o }) => o)
    const fromCsv = readCsv(writeWideCsv(dataset), { file: 'again.csv' }).dataset
    expect(strip(fromCsv)).toEqual(strip(dataset))
    const fromXlsx = (await readXlsx(await datasetToXlsx(dataset), { file: 'again.xlsx' })).dataset
    expect(strip(fromXlsx)).toEqual(strip(dataset))
    const fromJson = readDatasetJson(writeDatasetJson(dataset), { file: 'again.json' }).dataset
    expect(fromJson.observations).toEqual(dataset.observations)
  })
})

describe('provenance to the cell', () => {
  it('every leaf input of the trace names its file, row, column and round', async () => {
    const { createEngine } = await import('@chiso/core')
    const compiled = createEngine().compile({
      id: 'test.provenance',
      version: '1.0.0',
      title: 'Provenance',
      status: 'illustrative',
      result: { type: 'points' },
      rounds: [{ code: 'self' }, { code: 'appraisal' }, { code: 're-appraisal' }],
      tree: [{ code: '1.1', title: 'Count', max: '5', rule: { use: 'chiso/points' } }],
    })
    const { dataset } = readCsv(csv, { file: 'cycle.csv' })
    const card = compiled.evaluate(dataset, { trace: true })
    const traceOf = (unit: string) => card.units.find((u) => u.unit === unit)?.nodes['1.1']?.trace
    const a = traceOf('A')
    expect(a?.kind === 'leaf' && a.origins).toEqual({
      value: { file: 'cycle.csv', row: 2, column: 10, round: 're-appraisal' },
    })
    const b = traceOf('B')
    expect(b?.kind === 'leaf' && b.origins).toEqual({
      value: { file: 'cycle.csv', row: 3, column: 3, round: 'self' },
    })
    // The appraisal cell of B is empty: reported at its cell, the self value stands.
    expect(card.diagnostics.find((d) => d.code === 'ROUND_EMPTY' && d.unit === 'B')?.origin).toEqual({
      file: 'cycle.csv',
      row: 3,
      column: 8,
    })
  })
})

describe('rounds in mapping files and long tables', () => {
  it('a mapping names the round of a column, or of every column that names none', () => {
    const mapping = parseMapping({
      round: 'appraisal',
      columns: {
        'Kế hoạch': { node: '1.1', round: 're-appraisal' },
        'Tự chấm': { node: '1.2', source: 'self' },
      },
    })
    const { dataset, report } = readCsv(
      ['unit,Kế hoạch,Tự chấm,1.2,1.2#comment', 'A,4,3,2,thiếu báo cáo'].join('\n'),
      { file: 'tham-dinh.csv', mapping },
    )
    expect(report.cells.rejected).toBe(0)
    expect(
      dataset.observations.map((o) => `${o.node}@${o.round ?? o.source} ${o.value} ${o.comment ?? ''}`),
    ).toEqual(['1.1@re-appraisal 4 ', '1.2@self 3 ', '1.2@appraisal 2 thiếu báo cáo'])
  })

  it('refuses a round that is not a round code, at its path', () => {
    expect(() => parseMapping({ round: 'Thẩm định' }, 'm.yaml')).toThrow(/round: expected a round code/)
    expect(() =>
      parseMapping({ columns: { X: { node: '1.1', round: 'self', source: 'self' } } }, 'm.yaml'),
    ).toThrow(/columns\.X\.round: give a source or a round, not both/)
  })

  it('a long table carries rounds and notes, and rejects a malformed evidence date at its cell', () => {
    const { dataset, report } = readCsv(
      [
        'unit,node,value,round,explanation,comment,evidence.number,evidence.date',
        'A,1.1,4,self,đã ban hành,,125/QĐ-UBND,15/03/2023',
        'A,1.1,3,appraisal,,ban hành chậm,,',
        'B,1.1,2,self,,,12/KH,32/01/2023',
      ].join('\n'),
      { file: 'dai.csv' },
    )
    expect(dataset.observations[0]).toMatchObject({
      round: 'self',
      explanation: 'đã ban hành',
      evidence: [{ number: '125/QĐ-UBND', date: '2023-03-15' }],
    })
    expect(dataset.observations[1]).toMatchObject({ round: 'appraisal', comment: 'ban hành chậm' })
    expect(report.rejected).toEqual([
      expect.objectContaining({
        row: 4,
        column: 8,
        value: '32/01/2023',
        reason: expect.stringMatching(/is not a date/),
      }),
    ])
    expect(report.cells.used + report.cells.ignored + report.cells.rejected).toBe(report.cells.total)
  })
})
