import { describe, expect, it } from 'vitest'
import { dec } from '../decimal/decimal.js'
import { bandOf } from './bands.js'
import { createEngine } from './create-engine.js'
import { rankUnits } from './rank.js'

const entries = (...keys: Array<string | null>) =>
  keys.map((key, index) => ({ code: String.fromCharCode(97 + index), key: key === null ? null : dec(key) }))

describe('rankUnits', () => {
  it.each([
    ['competition', ['90', '95', '90', '80'], [2, 1, 2, 4]],
    ['dense', ['90', '95', '90', '80'], [2, 1, 2, 3]],
    ['ordinal', ['90', '95', '90', '80'], [2, 1, 3, 4]],
    ['competition', ['90.10', '90.09', '89.58'], [1, 2, 3]],
    ['competition', ['50', null, '60'], [2, null, 1]],
  ] as const)('%s ranks %j as %j', (method, keys, expected) => {
    expect(rankUnits(entries(...keys), method)).toEqual(expected)
  })

  it('applies tie-breakers in order, with their direction', () => {
    const tied = [
      { code: 'a', key: dec(90), breakers: [dec(5), dec(1)] },
      { code: 'b', key: dec(90), breakers: [dec(5), dec(2)] },
      { code: 'c', key: dec(90), breakers: [dec(6), dec(0)] },
    ]
    expect(rankUnits(tied, 'competition')).toEqual([3, 2, 1])
    expect(rankUnits(tied, 'competition', ['desc', 'asc'])).toEqual([2, 3, 1])
    expect(rankUnits(tied, 'competition', ['asc', 'asc'])).toEqual([1, 2, 3])
  })

  it('breaks remaining ordinal ties by unit code, whatever the input order', () => {
    const forward = rankUnits(
      [
        { code: 'b', key: dec(1) },
        { code: 'a', key: dec(1) },
      ],
      'ordinal',
    )
    const backward = rankUnits(
      [
        { code: 'a', key: dec(1) },
        { code: 'b', key: dec(1) },
      ],
      'ordinal',
    )
    expect(forward).toEqual([2, 1])
    expect(backward).toEqual([1, 2])
  })
})

describe('bandOf (closed-open intervals)', () => {
  // PAR INDEX 2022 bands: A ≥ 90 %, B 80 – < 90 %, C 70 – < 80 %.
  const bands = [
    { code: 'A', atLeast: '90' },
    { code: 'B', atLeast: '80' },
    { code: 'C', atLeast: '70' },
  ]
  it.each([
    ['90', 'A'],
    ['100', 'A'],
    ['89.9999', 'B'],
    ['80', 'B'],
    ['79.99', 'C'],
    ['70', 'C'],
    ['69.99', null],
  ])('%s → %s', (index, band) => {
    expect(bandOf(dec(index), bands)).toBe(band)
  })
})

describe('ranking through the engine', () => {
  const engine = createEngine()
  const methodology = (ranking: object, bands: object[] = []) => ({
    id: 'r',
    version: '1.0.0',
    title: 'R',
    result: { type: 'points' },
    ranking,
    bands,
    tree: [
      { code: '1', title: 'a', max: '50', rule: { use: 'chiso/points' } },
      { code: '2', title: 'b', max: '50', rule: { use: 'chiso/points' } },
    ],
  })
  const data = {
    units: [
      { code: 'd1', group: 'district' },
      { code: 'd2', group: 'district' },
      { code: 's1', group: 'department' },
      { code: 's2', group: 'department' },
    ],
    observations: [
      ['d1', '40', '50'],
      ['d2', '45', '45'],
      ['s1', '50', '41'],
      ['s2', '30', '30'],
    ].flatMap(([unit, a, b]) => [
      { unit: unit!, node: '1', value: a! },
      { unit: unit!, node: '2', value: b! },
    ]),
  }

  it('ranks all units and within groups, with bands', () => {
    const card = createEngine().score(
      methodology({}, [
        { code: 'A', atLeast: '90' },
        { code: 'B', atLeast: '80' },
      ]),
      data,
    )
    expect(card.units.map((u) => [u.unit, u.rank, u.groupRank, u.band])).toEqual([
      ['s1', 1, 1, 'A'],
      ['d1', 2, 1, 'A'],
      ['d2', 2, 1, 'A'],
      ['s2', 4, 2, null],
    ])
    expect(card.diagnostics).toContainEqual(expect.objectContaining({ code: 'NO_BAND', unit: 's2' }))
  })

  it('ranks within groups when the methodology says so, ordered by group', () => {
    const card = engine.score(methodology({ within: 'group', tieBreakers: [{ node: '1' }] }), data)
    expect(card.units.map((u) => [u.group, u.unit, u.rank, u.overallRank])).toEqual([
      ['department', 's1', 1, 1],
      ['department', 's2', 2, 4],
      ['district', 'd2', 1, 2],
      ['district', 'd1', 2, 3],
    ])
  })

  it('reports the overall rank only when ranking within groups', () => {
    const card = engine.score(methodology({}), data)
    expect(card.units.every((u) => u.overallRank === undefined)).toBe(true)
  })
})
