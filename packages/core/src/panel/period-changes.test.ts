import { datasetOf, pointsLeaf, pointsMethodology } from '@chiso/test-support'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine/create-engine.js'
import { isChisoError } from '../errors/chiso-error.js'
import { parseUnitRegistry } from '../units/parse-registry.js'
import { parsePanel } from './panel-schema.js'
import { periodChanges } from './period-changes.js'
import { reexpressScorecard } from './reexpress.js'
import { checkRegistryCovers } from './registry-coverage.js'
import { scorePanel } from './score-panel.js'

// ILLUSTRATIVE units and events (made up), the shape of the 2025 reform.
const registry = parseUnitRegistry({
  illustrative: true,
  units: [
    {
      code: 'a',
      name: 'A',
      level: 'p',
      validFrom: '2000-01-01',
      validTo: '2025-07-01',
      weights: { population: '1' },
    },
    {
      code: 'b',
      name: 'B',
      level: 'p',
      validFrom: '2000-01-01',
      validTo: '2025-07-01',
      weights: { population: '3' },
    },
    { code: 'ab', name: 'AB', level: 'p', validFrom: '2025-07-01' },
    { code: 'c', name: 'C', level: 'p', validFrom: '2000-01-01' },
    { code: 'd', name: 'D', level: 'p', validFrom: '2000-01-01', validTo: '2025-07-01' },
    { code: 'd1', name: 'D1', level: 'p', validFrom: '2025-07-01' },
    { code: 'd2', name: 'D2', level: 'p', validFrom: '2025-07-01' },
    { code: 'e', name: 'E', level: 'p', validFrom: '2000-01-01', validTo: '2025-07-01' },
    { code: 'f', name: 'F', level: 'p', validFrom: '2025-07-01' },
    { code: 'g', name: 'G', level: 'p', validFrom: '2000-01-01', validTo: '2025-07-01' },
  ],
  events: [
    { date: '2025-07-01', kind: 'merged', from: ['a', 'b'], to: ['ab'] },
    { date: '2025-07-01', kind: 'split', from: ['d'], to: ['d1', 'd2'] },
    { date: '2025-07-01', kind: 'renamed', from: ['e'], to: ['f'] },
    { date: '2025-07-01', kind: 'abolished', from: ['g'] },
  ],
})

const compiled = createEngine().compile(
  pointsMethodology([pointsLeaf('1', '100')], {
    bands: [
      { code: 'A', atLeast: '90' },
      { code: 'B', atLeast: '80' },
    ],
  }),
)
const card = (values: Record<string, string>) =>
  compiled.evaluate(datasetOf(Object.fromEntries(Object.entries(values).map(([u, v]) => [u, { '1': v }]))))

describe('periodChanges through a registry', () => {
  const before = { period: '2024', scorecard: card({ a: '80', b: '90', c: '70', d: '60', e: '50', g: '40' }) }
  const after = { period: '2026', scorecard: card({ ab: '88', c: '75', d1: '61', d2: '59', f: '55' }) }

  it('compares a merged unit with the weighted mean of its predecessors, naming the weight', () => {
    const equal = periodChanges(before, after, { registry, bands: compiled.methodology.bands })
    const ab = equal.units.find((u) => u.unit === 'ab')
    expect(ab?.basis).toEqual({ kind: 'merged', from: ['a', 'b'], weight: 'equal' })
    expect(ab?.from).toEqual({ index: '85', rank: 1, band: 'B' })
    expect(ab?.indexChange).toBe('3')
    const weighted = periodChanges(before, after, { registry, weight: 'population' })
    expect(weighted.units.find((u) => u.unit === 'ab')?.from?.index).toBe('87.5')
    expect(weighted.weight).toBe('population')
  })

  it('compares a split unit with its parent, a renamed one with its former self, and lists an abolished one', () => {
    const { units, ended, ranks } = periodChanges(before, after, { registry })
    expect(ranks).toBe('re-ranked')
    expect(units.find((u) => u.unit === 'd1')?.basis).toEqual({ kind: 'split', from: ['d'] })
    expect(units.find((u) => u.unit === 'd2')?.from?.index).toBe('60')
    expect(units.find((u) => u.unit === 'f')?.basis).toEqual({ kind: 'renamed', from: ['e'] })
    expect(units.find((u) => u.unit === 'c')?.basis.kind).toBe('same')
    expect(ended).toEqual([{ unit: 'g', kind: 'abolished', on: '2025-07-01' }])
  })

  it('never calls a unit "new" without a registry saying so: it is absent, and the other side is missing', () => {
    const { units, ended } = periodChanges(before, after)
    expect(units.find((u) => u.unit === 'ab')?.basis.kind).toBe('absent')
    expect(ended.map((e) => `${e.unit}:${e.kind}`)).toContain('a:missing')
  })

  it('re-expresses an earlier period for the units of a later day', () => {
    const today = reexpressScorecard(before, '2025-07-01', registry)
    expect(today.units.map((u) => `${u.unit}=${u.from?.index ?? '-'}#${u.from?.rank ?? '-'}`)).toEqual([
      'ab=85#1',
      'c=70#2',
      'd1=60#3',
      'd2=60#3',
      'f=50#5',
    ])
  })

  it('refuses a merge weighed by a weight the registry does not give', () => {
    const noWeight = { ...registry, units: registry.units.map((u) => ({ ...u, weights: undefined })) }
    expect(() => periodChanges(before, after, { registry: noWeight as never, weight: 'population' })).toThrow(
      /no weight "population"/,
    )
  })
})

describe('located errors', () => {
  it('names every period without a methodology', () => {
    const periods = parsePanel({
      periods: [
        { period: '2022', units: [{ code: 'a' }], observations: [] },
        { period: '2023', units: [{ code: 'a' }], observations: [] },
      ],
    })
    try {
      scorePanel(periods, (p) => (p === '2022' ? compiled : undefined))
      expect.unreachable()
    } catch (error) {
      expect(isChisoError(error) && error.code).toBe('INVALID_PANEL')
      expect(isChisoError(error) && error.issues.map((i) => [i.path, i.message])).toEqual([
        [['periods', 1, 'period'], 'no methodology is in force for the period "2023"'],
      ])
    }
  })

  it('names a unit of the data the registry leaves unmapped', () => {
    expect(() => checkRegistryCovers(registry, [{ period: '2024', units: ['a', 'zz'] }])).toThrow(
      expect.objectContaining({
        code: 'UNMAPPED_UNIT',
        issues: [expect.objectContaining({ message: expect.stringContaining('"zz" in 2024') })],
      }),
    )
  })

  it('places a panel error in its period, and refuses a period twice', () => {
    expect(() =>
      parsePanel({
        periods: [
          { period: '2022', units: [{ code: 'a' }], observations: [{ unit: 'a', node: '1', value: 'x' }] },
          { period: '2022', units: [], observations: [] },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ['periods', 0, 'observations', 0, 'value'] }),
          expect.objectContaining({ path: ['periods', 1, 'period'] }),
        ],
      }),
    )
  })
})
