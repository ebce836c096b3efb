// Survey microdata → indicators: statistics, weights, minimum samples, labels, and the located errors of bad
// input (an answer outside the scale, a respondent without a unit, a spec naming an item the file lacks).
import { ChisoError, dec, toDecimalString } from '@chiso/core'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  checkSurveyIndicators,
  formatSurveyChecks,
  parseSurveySpec,
  readSurveyCsv,
  readSurveyErrors,
  readSurveyXlsx,
  surveyEstimatesCsv,
} from '../src/survey/index.js'

const spec = parseSurveySpec({
  unit: 'don_vi',
  weight: 'trong_so',
  respondent: 'id',
  minimumSample: 2,
  items: {
    q1: { min: '1', max: '5', labels: { 'Đồng ý': '4', 'Hoàn toàn đồng ý': '5' } },
    q2: { answers: ['co', 'khong', 'kb'], noAnswer: ['kb'] },
  },
  indicators: [
    { code: '1.1', item: 'q1', statistic: 'mean' },
    { code: '1.2', item: 'q1', statistic: 'median' },
    { code: '1.3', item: 'q2', statistic: 'share', count: ['co'], direction: -1 },
    { code: '1.4', item: 'q1', statistic: 'share', count: ['4', '5'], minimumSample: 4 },
  ],
})

const csv = [
  'id,don_vi,trong_so,q1,q2,ghi_chu',
  'r1,A,1,4,co,x',
  'r2,A,1,Đồng ý,khong,',
  'r3,A,2,2,co,',
  'r4,B,1,5,kb,',
  'r5,B,1,3,co,',
  'r6,B,0,1,co,',
  'r7,,1,3,co,',
  'r8,C,1,9,co,',
  'r9,A,1,,,',
].join('\n')

describe('readSurveyCsv', () => {
  const result = readSurveyCsv(csv, { file: 's.csv', spec })
  const value = (unit: string, indicator: string) =>
    result.indicators.find((row) => row.unit === unit && row.indicator === indicator)

  it('computes weighted means, medians and shares with n, standard errors and intervals', () => {
    // A: answers 4 (w1), 4 (w1, a label), 2 (w2): mean (4 + 4 + 4) / 4 = 3.
    expect(value('A', '1.1')).toMatchObject({
      value: '3',
      n: 3,
      effectiveN: '2.666666666666666666666666666666666666667',
    })
    // Median: cumulative weights 2 (answer 2) of 4 = exactly half → midpoint of 2 and 4.
    expect(value('A', '1.2')?.value).toBe('3')
    // Share of "co": weights 1 + 2 of 4 = 75 %.
    expect(value('A', '1.3')?.value).toBe('75')
    const se = dec(value('A', '1.3')!.se!)
    // √(0.75 · 0.25 / (16/6)) · 100
    expect(se.toFixed(10)).toBe(dec('0.1875').div(dec(16).div(6)).sqrt().times(100).toFixed(10))
    expect(dec(value('A', '1.3')!.ciLow!).lt('75')).toBe(true)
    expect(dec(value('A', '1.3')!.ciHigh!).lte('100')).toBe(true)
  })

  it('leaves an indicator missing below the minimum sample, with a diagnostic', () => {
    expect(value('A', '1.4')).toMatchObject({ value: null, status: 'too-small', n: 3 })
    expect(result.diagnostics).toContainEqual({
      code: 'SAMPLE_TOO_SMALL',
      unit: 'A',
      indicator: '1.4',
      message: 'A, 1.4: 3 respondents, fewer than the minimum sample of 4: the indicator is missing',
    })
    // B's "kb" is no answer, and the weight-0 respondent is ignored: one answer to q2.
    expect(value('B', '1.3')).toMatchObject({ value: null, n: 1, status: 'too-small' })
    expect(result.dataset.observations).toContainEqual({
      unit: 'A',
      node: '1.4',
      field: 'value',
      value: null,
      source: 'survey',
    })
  })

  it('accounts for every respondent row and answer', () => {
    const { report } = result
    // r8's answer to q1 is rejected, its answer to q2 is used: the row is used.
    expect(report.respondents).toEqual({ total: 9, used: 6, ignored: 2, rejected: 1 })
    expect(report.answers).toEqual({ used: 10, noAnswer: 3, rejected: 1 })
    expect(report.ignoredRows).toEqual([
      { row: 7, reason: 'weight 0' },
      { row: 10, reason: 'no usable answer to any item of the spec' },
    ])
    expect(report.rejectedRows).toEqual([
      { file: 's.csv', row: 8, column: 2, value: '', reason: 'respondent r7: the respondent has no unit' },
    ])
    expect(report.rejectedAnswers).toEqual([
      {
        file: 's.csv',
        row: 9,
        column: 4,
        value: '9',
        unit: 'C',
        reason: 'respondent r8: item q1: "9" is not an answer of the item (a number from 1 to 5)',
      },
    ])
    expect(report.columns.ignored).toEqual([
      { column: 6, header: 'ghi_chu', reason: 'not a column of the spec' },
    ])
    expect(report.respondents.used + report.respondents.ignored + report.respondents.rejected).toBe(
      report.respondents.total,
    )
  })

  it('names an item the file does not hold, in the spec and at the header row', () => {
    const bad = parseSurveySpec({ ...spec, items: { ...spec.items, q3: { min: '1', max: '5' } } })
    try {
      readSurveyCsv(csv, { file: 's.csv', spec: bad, specFile: 'spec.yaml' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError)
      expect((error as ChisoError).code).toBe('INVALID_SURVEY_SPEC')
      expect((error as ChisoError).issues[0]).toMatchObject({
        path: ['items', 'q3'],
        file: 'spec.yaml',
        message: 'item "q3": no column "q3" in s.csv (its header is row 1)',
      })
    }
  })

  it('writes the estimates table and reads its standard errors back', () => {
    const table = surveyEstimatesCsv(result.indicators)
    expect(table.split('\n')[0]).toBe(
      'unit,indicator,item,statistic,direction,n,effective_n,value,se,ci_low,ci_high,status',
    )
    const errors = readSurveyErrors(table, 'se.csv')
    expect(errors.map((e) => `${e.unit}:${e.node}`)).toEqual(['A:1.1', 'A:1.2', 'A:1.3', 'B:1.1', 'B:1.2'])
    expect(() => readSurveyErrors('unit,indicator,se,n\nA,1.1,abc,3\n', 'se.csv')).toThrow(/se "abc"/)
  })

  it('reads the same survey from a workbook', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Phiếu')
    sheet.addRow(['Khảo sát (tổng hợp)'])
    for (const line of csv.split('\n'))
      sheet.addRow(line.split(',').map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)))
    const fromXlsx = await readSurveyXlsx(new Uint8Array(await book.xlsx.writeBuffer()), {
      file: 's.xlsx',
      spec,
    })
    expect(fromXlsx.indicators).toEqual(result.indicators)
    expect(fromXlsx.report.headerRow).toBe(2)
    expect(fromXlsx.report.rejectedAnswers[0]).toMatchObject({ sheet: 'Phiếu', row: 10, address: 'D10' })
  })
})

describe('aggregation storage', () => {
  const plain = parseSurveySpec({
    unit: 'u',
    weight: 'w',
    minimumSample: 1,
    items: { q: { min: '1', max: '5' } },
    indicators: [{ code: 'm', item: 'q', statistic: 'mean' }],
  })
  const table = (weight: string) =>
    [
      'u,w,q',
      ...Array.from({ length: 40 }, (_, u) => [
        `U${String(u).padStart(2, '0')},${weight},${(u % 5) + 1}`,
        `U${String(u).padStart(2, '0')},${weight},${(u % 5) + 1}`,
      ]).flat(),
    ].join('\n')

  it('grows with units found as it reads (more than its first room for 16)', () => {
    const result = readSurveyCsv(table('1'), { file: 'u.csv', spec: plain })
    expect(result.indicators).toHaveLength(40)
    for (const [u, row] of result.indicators.entries())
      expect(row).toMatchObject({ n: 2, value: String((u % 5) + 1) })
  })

  it('keeps sums as bigints when weights are too large or precise for safe integers, with the same results', () => {
    const huge = readSurveyCsv(table('123456789012.123456'), { file: 'h.csv', spec: plain })
    const ones = readSurveyCsv(table('1'), { file: 'o.csv', spec: plain })
    expect(huge.indicators).toEqual(ones.indicators)
  })

  it('grows with answers found as it reads (more than its first room for 8 per item), sums kept in place', () => {
    // 30 units answer a 0–40 item three times each, in rounds: new answers and new units keep arriving after
    // others have sums, so the storage is rebuilt around sums already made.
    const wide = parseSurveySpec({
      unit: 'u',
      weight: 'w',
      minimumSample: 1,
      items: { q: { min: '0', max: '40' } },
      indicators: [{ code: 'm', item: 'q', statistic: 'mean' }],
    })
    const answer = (u: number, round: number) => (u * 7 + round * 11) % 41
    const text = (weight: string) =>
      [
        'u,w,q',
        ...[0, 1, 2].flatMap((round) =>
          Array.from(
            { length: 30 },
            (_, u) => `U${String(u).padStart(2, '0')},${weight},${answer(u, round)}`,
          ),
        ),
      ].join('\n')
    const plainSums = readSurveyCsv(text('2'), { file: 'w.csv', spec: wide })
    for (const [u, row] of plainSums.indicators.entries()) {
      const sum = answer(u, 0) + answer(u, 1) + answer(u, 2)
      expect(row).toMatchObject({ n: 3, value: toDecimalString(dec(sum).div(3)) })
    }
    const bigSums = readSurveyCsv(text('123456789012.123456'), { file: 'b.csv', spec: wide })
    expect(bigSums.indicators).toEqual(plainSums.indicators)
  })
})

describe('parseSurveySpec', () => {
  it('locates every problem: unknown items, counted answers outside the item, means of codes', () => {
    try {
      parseSurveySpec({
        unit: 'u',
        minimumSample: 5,
        items: { q1: { answers: ['a', 'b'] } },
        indicators: [
          { code: '1', item: 'q9', statistic: 'mean' },
          { code: '2', item: 'q1', statistic: 'share', count: ['c'] },
          { code: '3', item: 'q1', statistic: 'mean' },
          { code: '3', item: 'q1', statistic: 'share', count: ['a'] },
        ],
      })
      expect.unreachable()
    } catch (error) {
      expect((error as ChisoError).issues.map((issue) => [issue.path?.join('.'), issue.message])).toEqual([
        ['indicators.0.item', 'no item "q9" in items (the items are q1)'],
        ['indicators.1.count.0', '"c" is not an answer of item "q1" (answers a, b)'],
        ['indicators.2.statistic', 'a mean needs a numeric item (min, max): "q1" has answer codes'],
        ['indicators.3.code', 'indicator "3" is already defined at indicators[2]'],
      ])
    }
  })

  it('refuses a share without answers that count, and an item that is both numeric and coded', () => {
    expect(() =>
      parseSurveySpec({
        unit: 'u',
        minimumSample: 1,
        items: { q: { min: 1, max: 5, answers: ['a'] } },
        indicators: [{ code: '1', item: 'q', statistic: 'share' }],
      }),
    ).toThrow(ChisoError)
  })
})

describe('checkSurveyIndicators', () => {
  it('reports too few respondents, units missing many indicators and indicators without spread', () => {
    const result = readSurveyCsv(csv, { file: 's.csv', spec })
    const checks = checkSurveyIndicators(result.indicators, { maxMissingShare: '0.25' })
    // C's only answer to q1 was rejected: its q1 indicators have no respondent.
    expect(checks.tooFewRespondents).toEqual([
      { indicator: '1.1', units: ['C'] },
      { indicator: '1.2', units: ['C'] },
      { indicator: '1.3', units: ['B', 'C'] },
      { indicator: '1.4', units: ['A', 'B', 'C'] },
    ])
    // A misses 1 of 4 (not more than 25 %).
    expect(checks.unitsMissingMany).toEqual([
      { unit: 'B', missing: 2, of: 4 },
      { unit: 'C', missing: 4, of: 4 },
    ])
    expect(checks.noSpread).toEqual([
      { indicator: '1.3', values: 1 },
      { indicator: '1.4', values: 0 },
    ])
    expect(formatSurveyChecks(checks)[0]).toBe('survey checks (before scoring):')
  })
})
