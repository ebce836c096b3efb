// COINr's whole example pipeline (build_example_coin: denominate, impute, screen, treat, normalise, aggregate)
// rebuilt by importCoinr and scored by chiso, stage by stage, against the data sets COINr's own functions give
// (packages/test-support/fixtures/coinr-asem/README.md says how they were produced).
import { createEngine, type Scorecard } from '@chiso/core'
import { asemExpectedFile, asemFile } from '@chiso/test-support/asem'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { importCoinr } from '../src/coinr/import-coinr.js'

const expectedDenominated = asemExpectedFile('denominated.csv')
const expectedImputed = asemExpectedFile('imputed.csv')
const expectedTreated = asemExpectedFile('treated.csv')
const expectedNormalised = asemExpectedFile('normalised.csv')
const expectedAggregated = asemExpectedFile('aggregated.csv')
const expectedTreatment = asemExpectedFile('treatment.csv')

type Row = Record<string, string>
const rows = (text: string) => parse(text, { columns: true }) as Row[]

/** |a − b| within 1e-9 of the larger magnitude (and 1e-12 absolute, for zeros). */
function close(actual: string | null | undefined, expected: string): boolean {
  if (actual === null || actual === undefined) return expected === 'NA'
  const a = Number(actual)
  const b = Number(expected)
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12
}

describe('COINr’s example coin rebuilt with one import (denominate, impute, screen, treat, normalise, aggregate)', () => {
  const { methodology, dataset } = importCoinr(asemFile('asem_iMeta.csv'), asemFile('asem_iData.csv'), {
    denominate: true,
    group: 'EurAsia_group',
    impute: 'group-mean',
    screen: '0.9',
    treat: { maxPoints: 5 },
  })
  const card: Scorecard = createEngine().compile(methodology).evaluate(dataset, { trace: true })
  const byUnit = new Map(card.units.map((unit) => [unit.unit, unit]))
  const leaves =
    rows(expectedDenominated).length > 0 ? Object.keys(rows(expectedDenominated)[0]!).slice(1) : []

  const denominatorMissing = new Set(
    card.diagnostics.filter((d) => d.code === 'DENOMINATOR_MISSING').map((d) => `${d.unit} ${d.node}`),
  )

  /** A leaf's value after a stage: the `to` of the stage's step, else the value before it. */
  const stageValue = (unit: string, leaf: string, stage: 'denominate' | 'impute' | 'treat' | 'normalise') => {
    const result = byUnit.get(unit)!.nodes[leaf]!
    const order = ['denominate', 'impute', 'treat', 'normalise'] as const
    let value: string | null = result.trace?.kind === 'leaf' ? result.trace.result : null
    for (const step of order.slice(0, order.indexOf(stage) + 1)) {
      const found = result.steps?.find((entry) => entry.step === step)
      if (found) value = found.to
      // Without its denominator the value is missing until imputed.
      else if (step === 'denominate' && denominatorMissing.has(`${unit} ${leaf}`)) value = null
    }
    return value
  }

  it.each([
    ['denominate', expectedDenominated],
    ['impute', expectedImputed],
    ['treat', expectedTreated],
    ['normalise', expectedNormalised],
  ] as const)('every value after %s matches COINr to 1e-9 relative', (stage, expected) => {
    const mismatches: string[] = []
    let compared = 0
    for (const row of rows(expected)) {
      for (const leaf of leaves) {
        const actual = stageValue(row.uCode!, leaf, stage)
        compared++
        if (!close(actual, row[leaf]!))
          mismatches.push(`${row.uCode} ${leaf}: chiso ${actual}, COINr ${row[leaf]}`)
      }
    }
    expect(compared).toBe(51 * 49)
    expect(mismatches).toEqual([])
  })

  it('every aggregate, the Index and all 51 ranks match COINr', () => {
    const mismatches: string[] = []
    const expected = rows(expectedAggregated)
    expect(expected).toHaveLength(51)
    for (const row of expected) {
      const unit = byUnit.get(row.uCode!)!
      for (const [code, value] of Object.entries(row)) {
        if (code === 'uCode' || code === 'Rank') continue
        if (!close(unit.nodes[code]?.score, value)) mismatches.push(`${row.uCode} ${code}`)
      }
      if (!close(unit.index, row.Index!)) mismatches.push(`${row.uCode} index`)
      if (unit.rank !== Number(row.Rank)) mismatches.push(`${row.uCode} rank ${unit.rank} ≠ ${row.Rank}`)
    }
    expect(mismatches).toEqual([])
  })

  it('marks the 65 imputed values in the scorecard and counts them in IMPUTED diagnostics', () => {
    const marked = card.units.flatMap((unit) => Object.values(unit.nodes).filter((node) => node.imputed))
    expect(marked).toHaveLength(65)
    const counted = card.diagnostics
      .filter((d) => d.code === 'IMPUTED')
      .map((d) => Number(/imputed (\d+) value/.exec(d.message)![1]))
      .reduce((a, b) => a + b, 0)
    expect(counted).toBe(65)
    expect(
      card.diagnostics.filter((d) => d.code === 'DENOMINATOR_MISSING').map((d) => [d.unit, d.node]),
    ).toEqual(expect.arrayContaining([expect.arrayContaining(['Elec']), expect.arrayContaining(['Gas'])]))
  })

  it('treats the indicators COINr treats, with its points winsorised and its skew and kurtosis before', () => {
    const treated = card.diagnostics.filter((d) => d.code === 'TREATED')
    for (const row of rows(expectedTreatment)) {
      const diagnostic = treated.find((d) => d.node === row.iCode)!
      expect(diagnostic, row.iCode).toBeDefined()
      if (row.how === 'none') expect(diagnostic.message).toMatch(/^no treatment needed/)
      if (row.how === 'winsorise')
        expect(diagnostic.message).toMatch(new RegExp(`^winsorised ${row.nwin} point`))
      if (row.how === 'log_CT') expect(diagnostic.message).toMatch(/log-transformed/)
      const skew = /skew (-?[\d.e+-]+)/.exec(diagnostic.message)![1]!
      expect(Math.abs(Number(skew) - Number(row.skew0))).toBeLessThan(
        1e-5 * Math.max(1, Math.abs(Number(row.skew0))),
      )
    }
  })

  it('screens no unit: after imputation every unit has all 49 indicators', () => {
    expect(card.diagnostics.filter((d) => d.code === 'SCREENED_OUT')).toEqual([])
    expect(card.units.every((unit) => unit.rank !== null)).toBe(true)
  })
})

describe('examples/coinr-asem', () => {
  it('holds COINr’s ASEM tables unchanged, so the guide imports exactly the fixture', async () => {
    const { readFileSync } = await import('node:fs')
    const example = (name: string) =>
      readFileSync(new URL(`../../../examples/coinr-asem/${name}`, import.meta.url), 'utf8')
    expect(example('coinr-asem-example-imeta.csv')).toBe(asemFile('asem_iMeta.csv'))
    expect(example('coinr-asem-example-idata.csv')).toBe(asemFile('asem_iData.csv'))
  })
})

describe('COINr’s Screen by zeros through the import (unit_screen, dat_thresh, nonzero_thresh)', () => {
  const meta = rows(asemFile('asem_iMeta.csv'))
  const data = rows(asemFile('asem_iData.csv'))
  const indicators = meta.filter((m) => m.Type === 'Indicator').map((m) => m.iCode!)
  /** The units COINr's Screen.data.frame removes from the raw data set (its Dat_Avail and Non_Zero). */
  const coinrRemoved = (how: 'byNA' | 'byzeros' | 'byNAandzeros', datThresh: number, nonzeroThresh: number) =>
    data
      .filter((row) => {
        const values = indicators.map((code) => row[code] ?? '')
        const na = values.filter((v) => v === '' || v === 'NA').length
        const zeros = values.filter((v) => v !== '' && v !== 'NA' && Number(v) === 0).length
        const lowData = 1 - na / values.length < datThresh
        // 0/0 is NaN in R; NaN < x is NA, which chiso reads as "not screened by zeros".
        const lowNonZero = values.length - na > 0 && 1 - zeros / (values.length - na) < nonzeroThresh
        return how === 'byNA' ? lowData : how === 'byzeros' ? lowNonZero : lowData || lowNonZero
      })
      .map((row) => row.uCode!)
      .sort()
  it.each([
    ['byzeros', undefined, '0.95'],
    ['byNAandzeros', '0.95', '0.9'],
    ['byNA', '0.95', undefined],
  ] as const)(
    '%s (dat_thresh %s, nonzero_thresh %s) removes the units COINr removes',
    (how, dat, nonzero) => {
      const { methodology, dataset } = importCoinr(asemFile('asem_iMeta.csv'), asemFile('asem_iData.csv'), {
        unitScreen: how,
        ...(dat === undefined ? {} : { screen: dat }),
        ...(nonzero === undefined ? {} : { nonzeroThresh: nonzero }),
      })
      const card = createEngine().compile(methodology).evaluate(dataset, { trace: false })
      const removed = card.diagnostics
        .filter((d) => d.code === 'SCREENED_OUT')
        .map((d) => d.unit!)
        .sort()
      const expected = coinrRemoved(how, Number(dat ?? '0'), Number(nonzero ?? '0.05'))
      expect(removed).toEqual(expected)
      expect(expected.length).toBeGreaterThan(0)
    },
  )

  it.each([
    [{ unitScreen: 'byNA' as const }, '--unit-screen byNA needs --screen'],
    [{ unitScreen: 'byzeros' as const, screen: '0.5' }, 'does not read --screen'],
    [{ screen: '0.5', nonzeroThresh: '0.1' }, '--nonzero-thresh needs --unit-screen'],
  ])('refuses %j', (options, message) => {
    expect(() => importCoinr(asemFile('asem_iMeta.csv'), asemFile('asem_iData.csv'), options)).toThrow()
    try {
      importCoinr(asemFile('asem_iMeta.csv'), asemFile('asem_iData.csv'), options)
    } catch (error) {
      expect(
        JSON.stringify(
          error instanceof Error ? { m: error.message, i: (error as { issues?: unknown }).issues } : error,
        ),
      ).toContain(message)
    }
  })
})
