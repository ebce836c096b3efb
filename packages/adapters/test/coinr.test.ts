// COINr interop: the imported methodology and dataset, scored by chiso, reproduce COINr's default pipeline.
// The expected values come from an independent float64 implementation of that pipeline written here.

import { createEngine } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { asemFile } from '@chiso/test-support/asem'
import { fc, test } from '@fast-check/vitest'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { importCoinr } from '../src/coinr/import-coinr.js'

interface Meta {
  Level: string
  iCode: string
  Direction: string
  Weight: string
  Parent: string
  Type: string
}

/** COINr's default pipeline in doubles: direction, min-max [l, u], weighted means of present children, ranks min. */
function coinrFloat(metaText: string, dataText: string, l = 0, u = 100) {
  const meta = parse(metaText, { columns: true }) as Meta[]
  const data = parse(dataText, { columns: true }) as Array<Record<string, string>>
  const values = new Map<string, Array<number | null>>()
  const indicators = meta.filter((m) => m.Type === 'Indicator')
  for (const m of indicators) {
    const raw = data.map((row) => {
      const text = row[m.iCode] ?? ''
      return text === '' || text === 'NA' ? null : Number(text) * Number(m.Direction)
    })
    const present = raw.filter((x): x is number => x !== null)
    const min = Math.min(...present)
    const max = Math.max(...present)
    values.set(
      m.iCode,
      raw.map((x) => (x === null ? null : l + ((x - min) / (max - min)) * (u - l))),
    )
  }
  const aggregates = meta
    .filter((m) => m.Type === 'Aggregate')
    .sort((a, b) => Number(a.Level) - Number(b.Level))
  for (const m of aggregates) {
    const kids = meta.filter((k) => k.Parent === m.iCode)
    values.set(
      m.iCode,
      data.map((_, i) => {
        let sum = 0
        let weights = 0
        for (const k of kids) {
          const v = values.get(k.iCode)?.[i]
          if (v === null || v === undefined) continue
          sum += Number(k.Weight) * v
          weights += Number(k.Weight)
        }
        return weights === 0 ? null : sum / weights
      }),
    )
  }
  const root = aggregates[aggregates.length - 1]!.iCode
  const index = values.get(root)!
  const ranks = index.map((x) => (x === null ? null : 1 + index.filter((y) => y !== null && y > x).length))
  return { units: data.map((row) => row.uCode as string), values, index, ranks, root }
}

function relativeError(actual: string, expected: number): number {
  const a = Number(actual)
  return expected === 0 ? Math.abs(a) : Math.abs(a - expected) / Math.abs(expected)
}

describe('importCoinr on COINr’s ASEM example (51 countries, 49 indicators, 63 missing values)', () => {
  const metaText = asemFile('asem_iMeta.csv')
  const dataText = asemFile('asem_iData.csv')
  const imported = importCoinr(metaText, dataText, { metaFile: 'asem_iMeta.csv', dataFile: 'asem_iData.csv' })
  const card = createEngine().compile(imported.methodology).evaluate(imported.dataset)
  const expected = coinrFloat(metaText, dataText)

  it('builds the tree 49 indicators → 8 pillars → 2 sub-indices → Index, with 14 reversed', () => {
    const leaves: Array<{ direction?: number }> = []
    const walk = (nodes: ReadonlyArray<{ children?: unknown; direction?: number }>) => {
      for (const node of nodes) {
        if (node.children) walk(node.children as typeof nodes)
        else leaves.push(node)
      }
    }
    walk(imported.methodology.tree)
    expect(leaves).toHaveLength(49)
    expect(leaves.filter((leaf) => leaf.direction === -1)).toHaveLength(14)
    expect(imported.dataset.units).toHaveLength(51)
    expect(imported.dataset.observations.filter((o) => o.value === null)).toHaveLength(63)
  })

  it('scores every unit’s Index to 1e-9 relative of the float64 pipeline, with the same ranks', () => {
    expect(card.units.map((u) => u.unit).sort()).toEqual([...expected.units].sort())
    card.units.forEach((unit) => {
      const i = expected.units.indexOf(unit.unit)
      const want = expected.index[i] as number
      expect(
        relativeError(unit.index as string, want),
        `${unit.unit}: ${unit.index} vs ${want}`,
      ).toBeLessThan(1e-9)
      expect(unit.rank).toBe(expected.ranks[i])
    })
  })

  it('reproduces every pillar and sub-index, and every normalised indicator', () => {
    for (const [code, column] of expected.values) {
      card.units.forEach((unit) => {
        const want = column[expected.units.indexOf(unit.unit)]
        const got = unit.nodes[code]?.score ?? null
        if (want === null || want === undefined) expect(got, `${unit.unit} ${code}`).toBeNull()
        else expect(relativeError(got as string, want), `${unit.unit} ${code}`).toBeLessThan(1e-9)
      })
    }
  })

  it('accounts for every cell of iData: groups, Time and denominators are ignored with a reason', () => {
    const { cells, ignored } = imported.report
    expect(cells.used + cells.ignored + cells.rejected).toBe(cells.total)
    expect(cells.total).toBe(52 * 60)
    expect(cells.rejected).toBe(0)
    expect(ignored.map((entry) => entry.reason)).toContain(
      'COINr denominator (used only by Denominate: --denominate)',
    )
    expect(ignored.map((entry) => entry.reason)).toContain('COINr Time column (one period is imported)')
  })
})

describe('importCoinr on generated tables (weights, directions, missing values, ties)', () => {
  const tableArb = fc
    .record({
      pillars: fc.array(
        fc.array(
          fc.record({
            weight: fc.constantFrom('1', '0.5', '2', '0.25', '3'),
            direction: fc.constantFrom('1', '-1'),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      pillarWeights: fc.array(fc.constantFrom('1', '0.3', '0.7', '2'), { minLength: 3, maxLength: 3 }),
      units: fc.integer({ min: 2, max: 9 }),
    })
    .chain(({ pillars, pillarWeights, units }) => {
      const indicators = pillars.flatMap((list, p) =>
        list.map((spec, i) => ({ ...spec, code: `I${p}_${i}`, parent: `P${p}` })),
      )
      const cell = fc.oneof(
        { weight: 1, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constant('NA') },
        {
          weight: 8,
          arbitrary: fc.oneof(
            fc.integer({ min: -5, max: 5 }).map(String),
            fc
              .double({ min: -1e6, max: 1e6, noNaN: true })
              // Subnormal doubles (below 2.2e-308) keep only a few significant bits: their decimal text and the
              // double itself differ by up to 100 % (5e-324 is 4.94…e-324), which is the input, not the pipeline.
              .filter((x) => x === 0 || Math.abs(x) >= 1e-300)
              .map(String),
          ),
        },
      )
      return fc
        .array(fc.array(cell, { minLength: indicators.length, maxLength: indicators.length }), {
          minLength: units,
          maxLength: units,
        })
        .map((rows) => {
          const meta = [
            'Level,iCode,iName,Direction,Weight,Parent,Type',
            ...indicators.map(
              (m) => `1,${m.code},Indicator ${m.code},${m.direction},${m.weight},${m.parent},Indicator`,
            ),
            ...pillars.map((_, p) => `2,P${p},Pillar ${p},1,${pillarWeights[p]},Index,Aggregate`),
            '3,Index,Index,1,1,,Aggregate',
          ].join('\n')
          const data = [
            ['uCode', 'uName', ...indicators.map((m) => m.code)].join(','),
            ...rows.map((row, u) => [`U${u}`, `Unit ${u}`, ...row].join(',')),
          ].join('\n')
          return { meta, data }
        })
    })

  test.prop([tableArb], propertyRuns(60))(
    'chiso’s scores match the float64 pipeline to 1e-9; ranks agree up to float noise',
    ({ meta, data }) => {
      const imported = importCoinr(meta, data)
      const card = createEngine().compile(imported.methodology).evaluate(imported.dataset)
      const expected = coinrFloat(meta, data)
      // An indicator whose values are all equal has no spread: COINr divides by zero (NaN) where chiso reports
      // NO_SPREAD and uses its fallback. That difference is documented; it is not what this property checks.
      fc.pre(
        [...expected.values.values()].every((column) =>
          column.every((x) => x === null || Number.isFinite(x)),
        ),
      )
      const floatIndex = expected.index
      for (const unit of card.units) {
        const i = expected.units.indexOf(unit.unit)
        const want = floatIndex[i]
        if (want === null || want === undefined || !Number.isFinite(want)) continue
        expect(Math.abs(Number(unit.index) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)))
        // COINr's rank with ties = min, treating values within float noise as tied.
        const better = floatIndex.filter(
          (y) => y !== null && Number.isFinite(y) && y - want > 1e-9 * Math.max(1, Math.abs(want)),
        ).length
        const tiedOrBetter = floatIndex.filter(
          (y) => y !== null && Number.isFinite(y) && y - want > -1e-9 * Math.max(1, Math.abs(want)),
        ).length
        expect(unit.rank).toBeGreaterThanOrEqual(better + 1)
        expect(unit.rank).toBeLessThanOrEqual(tiedOrBetter)
      }
    },
  )
})
