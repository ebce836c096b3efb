// Properties of survey aggregation: the order of respondents does not matter, unit weights are no weights,
// and the standard error shrinks as the sample grows.
import { Dec, dec } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseSurveySpec, readSurveyCsv } from '../src/survey/index.js'
import { root } from '../src/survey/survey-statistics.js'

const spec = (weighted: boolean) =>
  parseSurveySpec({
    unit: 'unit',
    ...(weighted ? { weight: 'w' } : {}),
    minimumSample: 1,
    items: { q: { min: '1', max: '5' } },
    indicators: [
      { code: 'mean', item: 'q', statistic: 'mean' },
      { code: 'median', item: 'q', statistic: 'median' },
      { code: 'share', item: 'q', statistic: 'share', count: ['4', '5'] },
    ],
  })

const respondentArb = fc.record({
  unit: fc.constantFrom('A', 'B', 'C'),
  answer: fc.constantFrom('1', '2', '3', '4', '5', ''),
  weight: fc.constantFrom('1', '0.5', '2', '1.25', '3.125'),
})

const csvOf = (rows: ReadonlyArray<{ unit: string; answer: string; weight: string }>, weighted: boolean) =>
  [
    weighted ? 'unit,w,q' : 'unit,q',
    ...rows.map((r) => (weighted ? `${r.unit},${r.weight},${r.answer}` : `${r.unit},${r.answer}`)),
  ].join('\n')

describe('survey aggregation', () => {
  test.prop(
    [
      fc
        .array(respondentArb, { minLength: 1, maxLength: 40 })
        .chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
          ),
        ),
    ],
    propertyRuns(50),
  )('is invariant to the order of the respondents', ([rows, shuffled]) => {
    const a = readSurveyCsv(csvOf(rows, true), { file: 'a.csv', spec: spec(true) })
    const b = readSurveyCsv(csvOf(shuffled, true), { file: 'b.csv', spec: spec(true) })
    expect(b.indicators).toEqual(a.indicators)
    expect(b.dataset).toEqual(a.dataset)
  })

  test.prop([fc.array(respondentArb, { minLength: 1, maxLength: 40 })], propertyRuns(50))(
    'with every weight 1 equals the unweighted aggregation',
    (rows) => {
      const ones = rows.map((r) => ({ ...r, weight: '1' }))
      const weighted = readSurveyCsv(csvOf(ones, true), { file: 'w.csv', spec: spec(true) })
      const plain = readSurveyCsv(csvOf(ones, false), { file: 'p.csv', spec: spec(false) })
      expect(weighted.indicators).toEqual(plain.indicators)
      // …and the unweighted share is the plain proportion.
      for (const row of plain.indicators.filter((r) => r.indicator === 'share' && r.value !== null)) {
        const answers = ones.filter((r) => r.unit === row.unit && r.answer !== '')
        const counted = answers.filter((r) => r.answer === '4' || r.answer === '5').length
        expect(dec(row.value!).eq(dec(counted).times(100).div(answers.length))).toBe(true)
        expect(row.n).toBe(answers.length)
      }
    },
  )

  test.prop(
    [
      fc.array(fc.constantFrom('1', '2', '3', '4', '5'), { minLength: 2, maxLength: 20 }),
      fc.integer({ min: 2, max: 6 }),
    ],
    propertyRuns(50),
  )('has a standard error that shrinks as the sample grows (same answers, repeated)', (answers, times) => {
    const rows = (k: number) =>
      Array.from({ length: k }, () => answers.map((answer) => ({ unit: 'A', answer, weight: '1' }))).flat()
    const small = readSurveyCsv(csvOf(rows(1), false), { file: 's.csv', spec: spec(false) }).indicators
    const large = readSurveyCsv(csvOf(rows(times), false), { file: 'l.csv', spec: spec(false) }).indicators
    for (const [i, row] of small.entries()) {
      const other = large[i]!
      expect(other.value).toBe(row.value)
      if (dec(row.se!).isZero()) expect(dec(other.se!).isZero()).toBe(true)
      else expect(dec(other.se!).lt(row.se!)).toBe(true)
    }
  })
})

describe('root', () => {
  // Wide enough that squares of 40-digit numbers times the denominators are exact.
  const Exact = Dec.clone({ precision: 400 })
  test.prop(
    [fc.bigInt({ min: 1n, max: 10n ** 60n }), fc.bigInt({ min: 1n, max: 10n ** 40n })],
    propertyRuns(200),
  )('is √(n/d) correctly rounded to 40 significant digits, half up', (n, d) => {
    const r = new Exact(root(n, d).toFixed())
    expect(r.precision(true)).toBeLessThanOrEqual(40)
    const half = new Exact(10).pow(r.e - 39).div(2)
    const ratio = (x: InstanceType<typeof Exact>) => x.pow(2).times(d.toString())
    // (r − ½ulp)² ≤ n/d < (r + ½ulp)²
    expect(ratio(r.minus(half)).lte(n.toString())).toBe(true)
    expect(ratio(r.plus(half)).gt(n.toString())).toBe(true)
  })
})
