import { datasetOf, pointsLeaf, pointsMethodology, propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { dec } from '../decimal/decimal.js'
import { createEngine } from '../engine/create-engine.js'
import { parseDataset } from '../schema/parse.js'
import { mapUnit } from '../units/map-unit.js'
import { parseUnitRegistry } from '../units/parse-registry.js'
import { periodChanges } from './period-changes.js'
import { findMissingUnits, scorePanel } from './score-panel.js'

// Illustrative two-leaf methodologies: v2 weighs the second leaf more (a version change inside a panel).
const v1 = createEngine().compile(
  pointsMethodology(
    [{ code: '1', title: 'A', max: '10', children: [pointsLeaf('1.1', '4'), pointsLeaf('1.2', '6')] }],
    {
      bands: [
        { code: 'A', atLeast: '90' },
        { code: 'B', atLeast: '50' },
      ],
    },
  ),
)
const v2 = createEngine().compile(
  pointsMethodology(
    [{ code: '1', title: 'A', max: '10', children: [pointsLeaf('1.1', '2'), pointsLeaf('1.2', '8')] }],
    {
      version: '2.0.0',
    },
  ),
)

const points = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((n) => dec(n).div(4).toFixed())
const row = fc.record({ '1.1': points(2), '1.2': points(6) })
/** A period: 1–8 of the units u0…u7, each with values. */
const period = fc
  .uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 8 })
  .chain((units) =>
    fc
      .tuple(...units.map(() => row))
      .map((rows) => Object.fromEntries(units.map((u, i) => [`u${u}`, rows[i]!]))),
  )
const panel = fc.array(period, { minLength: 1, maxLength: 4 }).map((periods) =>
  periods.map((values, i) => ({
    period: String(2020 + i),
    dataset: parseDataset({ ...datasetOf(values), period: String(2020 + i) }),
  })),
)
const methodologyFor = (label: string) => (label < '2022' ? v1 : v2)

describe('panels', () => {
  test.prop([panel], propertyRuns(60))('scoring a panel equals scoring each period alone', (periods) => {
    const result = scorePanel([...periods].reverse(), methodologyFor)
    expect(result.periods.map((p) => p.period)).toEqual(periods.map((p) => p.period))
    for (const [i, { period: label, dataset }] of periods.entries()) {
      expect(result.periods[i]?.scorecard).toEqual(methodologyFor(label).evaluate(dataset))
    }
  })

  test.prop([period, period], propertyRuns(60))('changes are antisymmetric', (a, b) => {
    const first = { period: '2021', scorecard: v1.evaluate(datasetOf(a)) }
    const second = { period: '2022', scorecard: v1.evaluate(datasetOf(b)) }
    const forward = periodChanges(first, second)
    const backward = periodChanges(second, first)
    for (const change of forward.units) {
      const reverse = backward.units.find((u) => u.unit === change.unit)
      if (change.basis.kind === 'same') {
        expect(reverse?.basis.kind).toBe('same')
        expect(
          dec(change.indexChange ?? '0')
            .plus(dec(reverse?.indexChange ?? '0'))
            .isZero(),
        ).toBe(true)
        expect((change.rankChange ?? 0) + (reverse?.rankChange ?? 0)).toBe(0)
      } else {
        // Only in the later period: absent before, and missing when looking back.
        expect(change.basis.kind).toBe('absent')
        expect(backward.ended.map((e) => e.unit)).toContain(change.unit)
      }
    }
  })

  test.prop([panel, fc.nat(), fc.nat()], propertyRuns(60))(
    'a unit missing in one period is reported, never dropped',
    (periods, p, u) => {
      const units = [...new Set(periods.flatMap((x) => x.dataset.units.map((unit) => unit.code)))]
      const victim = units[u % units.length] as string
      const at = p % periods.length
      const holed = periods.map((x, i) =>
        i !== at
          ? x
          : {
              ...x,
              dataset: {
                ...x.dataset,
                units: x.dataset.units.filter((unit) => unit.code !== victim),
                observations: x.dataset.observations.filter((o) => o.unit !== victim),
              },
            },
      )
      const missing = findMissingUnits(
        holed.map((x) => ({ period: x.period, dataset: { ...x.dataset, observations: [] } })) as never,
      )
      const expected = periods
        .filter((_, i) => !holed[i]!.dataset.units.some((unit) => unit.code === victim))
        .map((x) => x.period)
      const present = periods.filter((_, i) =>
        holed[i]!.dataset.units.some((unit) => unit.code === victim),
      ).length
      if (present > 0) expect(missing.find((m) => m.unit === victim)?.missingIn).toEqual(expected)
      // Every other unit gap is reported too: a unit is in presentIn or missingIn of every period, never neither.
      for (const gap of missing) expect(gap.missingIn.length + gap.presentIn.length).toBe(periods.length)
    },
  )

  test.prop([fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 })], propertyRuns(40))(
    'a registry with a merge then a split round-trips',
    (n, k) => {
      const olds = Array.from({ length: n }, (_, i) => `old-${i}`)
      const news = Array.from({ length: k }, (_, i) => `new-${i}`)
      const registry = parseUnitRegistry({
        units: [
          ...olds.map((code) => ({
            code,
            name: code,
            level: 'x',
            validFrom: '2000-01-01',
            validTo: '2020-01-01',
          })),
          { code: 'mid', name: 'mid', level: 'x', validFrom: '2020-01-01', validTo: '2022-01-01' },
          ...news.map((code) => ({ code, name: code, level: 'x', validFrom: '2022-01-01' })),
        ],
        events: [
          { date: '2020-01-01', kind: 'merged', from: olds, to: ['mid'] },
          { date: '2022-01-01', kind: 'split', from: ['mid'], to: news },
        ],
      })
      for (const code of olds) {
        const forward = mapUnit(registry, code, '2019', '2023')
        expect(forward.codes).toEqual([...news].sort())
        for (const later of forward.codes)
          expect(mapUnit(registry, later, '2023', '2019').codes).toEqual([...olds].sort())
      }
    },
  )
})
