// Exports of scorecards: CSV and XLSX (formatted for print), neutralised against formula injection,
// byte-identical for the same input, and read back to the same values.
import { createEngine, parseDataset } from '@chiso/core'
import { atTwoTimes } from '@chiso/test-support'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../src/csv/read-csv.js'
import { scorecardToCsv } from '../src/csv/scorecard-csv.js'
import { writeLongCsv, writeWideCsv } from '../src/csv/write-csv.js'
import { datasetToXlsx, scorecardToXlsx } from '../src/xlsx/write-xlsx.js'

// Illustrative methodology and data (not official): a name that tries to run a formula, a KAD, a tie.
const compiled = createEngine().compile({
  id: 'export.test',
  version: '1.0.0',
  title: { vi: 'Chỉ số minh hoạ' },
  status: 'illustrative',
  result: { type: 'points' },
  bands: [
    { code: 'A', atLeast: '90' },
    { code: 'B', atLeast: '0' },
  ],
  tree: [
    {
      code: '1',
      title: 'Lĩnh vực 1',
      max: '10',
      children: [
        { code: '1.1', title: 'Tiêu chí 1.1', max: '4', rule: { use: 'chiso/points' } },
        { code: '1.2', title: 'Tiêu chí 1.2', max: '6', rule: { use: 'chiso/points' } },
      ],
    },
    { code: '2', title: 'Lĩnh vực 2', max: '5', rule: { use: 'chiso/points' } },
  ],
})
const { dataset } = readCsv(
  'unit,name,1.1,1.2,2\nHN,"=HYPERLINK(""http://x"")",4,5.5,4.75\nHUE,Thừa Thiên Huế,3.5,6,5\nDN,Đà Nẵng,2,,KAD\nHP,-Hải Phòng,4,5.5,4.75\n',
  { file: 'd.csv' },
)
const card = compiled.evaluate(dataset)

describe('scorecardToCsv', () => {
  it('writes one row per unit in rank order, exact decimals, and neutralises formula starts', () => {
    const lines = scorecardToCsv(card, compiled.methodology).trimEnd().split('\n')
    expect(lines).toEqual([
      'rank,unit,name,group,index,indexDisplay,score,max,band,1,2,1.1,1.2',
      '1,HUE,Thừa Thiên Huế,,96.66666666666666666666666666666666666667,96.67,14.5,15,A,9.5,5,3.5,6',
      '2,HN,"\'=HYPERLINK(""http://x"")",,95,95.00,14.25,15,A,9.5,4.75,4,5.5',
      "2,HP,'-Hải Phòng,,95,95.00,14.25,15,A,9.5,4.75,4,5.5",
      '4,DN,Đà Nẵng,,20,20.00,2,10,B,2,,2,0',
    ])
  })
})

describe('ranked nodes in exports', () => {
  // The same methodology with area 1 marked `ranked: true`: its rank travels as a `1 rank` column.
  const rankedMethodology = structuredClone(compiled.methodology)
  rankedMethodology.tree[0]!.ranked = true
  const ranked = createEngine().compile(rankedMethodology)
  const rankedCard = ranked.evaluate(dataset)

  it('adds a `<code> rank` column to the CSV for every ranked node, ties at the minimum', () => {
    const lines = scorecardToCsv(rankedCard, ranked.methodology).trimEnd().split('\n')
    expect(lines[0]).toBe('rank,unit,name,group,index,indexDisplay,score,max,band,1,2,1.1,1.2,1 rank')
    expect(lines.slice(1).map((line) => line.split(',').at(-1))).toEqual(['1', '1', '1', '4'])
  })

  it('adds the node rank beside its score, maximum and index on the level sheet', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await scorecardToXlsx(rankedCard, ranked.methodology)) as unknown as ArrayBuffer)
    const level = book.getWorksheet('Level 1')!
    const headerRow = [...Array(level.columnCount).keys()].map((i) => level.getRow(3).getCell(i + 1).text)
    expect(headerRow.slice(3, 7)).toEqual(['1 score', '1 max', '1 index', '1 rank'])
  })
})

describe('scorecardToXlsx', () => {
  it('writes Ranking, one sheet per level and Diagnostics, formatted for print', async () => {
    const bytes = await scorecardToXlsx(card, compiled.methodology)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ranking', 'Level 1', 'Level 2', 'Diagnostics'])
    const ranking = book.getWorksheet('Ranking')!
    expect(ranking.getCell('A1').value).toBe('Chỉ số minh hoạ — export.test@1.0.0')
    expect(ranking.getRow(2).font?.bold).toBe(true)
    expect(ranking.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(ranking.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '2:2',
    })
    // Neutralised text; exact decimals as numbers only when a double holds them exactly.
    expect(ranking.getCell('C4').value).toBe('\'=HYPERLINK("http://x")')
    expect(ranking.getCell('E3').value).toBe('96.66666666666666666666666666666666666667')
    expect(ranking.getCell('E4').value).toBe(95)
    const level2 = book.getWorksheet('Level 2')!
    expect(level2.getRow(2).values).toEqual([
      undefined,
      '',
      '',
      '',
      'Tiêu chí 1.1',
      '',
      '',
      'Tiêu chí 1.2',
      '',
      '',
    ])
    const diagnostics = book.getWorksheet('Diagnostics')!
    expect(diagnostics.getRow(3).values).toEqual([
      undefined,
      'warning',
      'MISSING_ZERO',
      'DN',
      '1.2',
      'no value; counted as 0',
      'd.csv',
      undefined,
      4,
      4,
    ])
  })

  it('gives the same bytes for the same scorecard, at any time', async () => {
    const [first, second] = await atTwoTimes(() => scorecardToXlsx(card, compiled.methodology))
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('gives the same bytes for the same dataset, at any time', async () => {
    const [first, second] = await atTwoTimes(() => datasetToXlsx(dataset))
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })
})

describe('wide dataset writers', () => {
  // Self-assessed and appraised values of one cell fit a long CSV, not a wide grid with one column per leaf.
  const twoValues = parseDataset({
    units: [{ code: 'A' }],
    observations: [
      { unit: 'A', node: '1.1', value: '7' },
      { unit: 'A', node: '1.1', value: '8' },
    ],
  })
  const atSecond = expect.objectContaining({ code: 'INVALID_DATASET', path: ['observations', 1] })

  it('refuse a dataset with two values for one cell, naming the observation', async () => {
    expect(() => writeWideCsv(twoValues)).toThrow(atSecond)
    await expect(datasetToXlsx(twoValues)).rejects.toThrow(atSecond)
  })

  it('leave it to the long CSV, which keeps both values', () => {
    expect(writeLongCsv(twoValues).trim().split('\n')).toHaveLength(3)
  })
})
