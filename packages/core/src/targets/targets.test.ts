import { datasetOf, pointsLeaf, pointsMethodology } from '@chiso/test-support'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine/create-engine.js'
import { ownerOf, parseOwners } from './owners.js'
import { progress } from './progress.js'
import { parseTargets } from './targets-schema.js'

const compiled = createEngine().compile(
  pointsMethodology([
    { code: '1', title: 'A', max: '10', children: [pointsLeaf('1.1', '4'), pointsLeaf('1.2', '6')] },
  ]),
)
const scored = (period: string, values: Record<string, Record<string, string>>) => ({
  period,
  scorecard: compiled.evaluate(datasetOf(values)),
})

describe('targets and progress', () => {
  const periods = [
    scored('2022', {
      a: { '1.1': '1', '1.2': '1' },
      b: { '1.1': '4', '1.2': '5' },
      c: { '1.1': '2', '1.2': '2' },
    }),
    scored('2023', {
      a: { '1.1': '4', '1.2': '6' },
      b: { '1.1': '4', '1.2': '4' },
      c: { '1.1': '2', '1.2': '3' },
    }),
  ]
  const targets = parseTargets({
    targets: [
      { unit: 'a', period: '2023', rise: 2, from: '2022' },
      { unit: 'c', period: '2023', node: '1.1', index: '100' },
      { period: '2026', rank: 1 },
    ],
  })

  it('reports met, gap, trend and periods left per unit and period', () => {
    const rows = progress(periods, targets)
    const line = (r: (typeof rows)[number]) =>
      `${r.target} ${r.unit} ${r.period} ${r.value} ${r.met} gap=${r.gap} ${r.trend} left=${r.periodsLeft}`
    expect(rows.map(line)).toEqual([
      '0 a 2022 0 false gap=2 null left=1',
      '0 a 2023 2 true gap=0 better left=0',
      '1 c 2022 50 false gap=50 null left=1',
      '1 c 2023 50 false gap=50 same left=0',
      '2 a 2022 3 false gap=2 null left=4',
      '2 a 2023 1 true gap=0 better left=3',
      '2 b 2022 1 true gap=0 null left=4',
      '2 b 2023 2 false gap=1 worse left=3',
      '2 c 2022 2 false gap=1 null left=4',
      '2 c 2023 3 false gap=2 worse left=3',
    ])
  })

  it('locates a target on an unknown node and an unknown unit', () => {
    expect(() =>
      parseTargets(
        {
          targets: [
            { period: '2023', node: '9.9', index: '100' },
            { unit: 'zz', period: '2023', rank: 3 },
          ],
        },
        { nodes: new Set(['1', '1.1']), units: new Set(['a']) },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_TARGETS',
        issues: [
          { path: ['targets', 0, 'node'], message: 'the methodology has no node "9.9"' },
          { path: ['targets', 1, 'unit'], message: 'the data has no unit "zz"' },
        ],
      }),
    )
  })

  it('refuses a target that says two things, or a rank about one node', () => {
    expect(() => parseTargets({ targets: [{ period: '2023', rank: 1, rise: 2 }] })).toThrow(/exactly one/)
    expect(() => parseTargets({ targets: [{ period: '2023', node: '1', rank: 1 }] })).toThrow(
      /leave node out/,
    )
  })

  it('finds the owner of a node: the unit’s own entry, then the entry for all, up the tree', () => {
    const owners = parseOwners(
      {
        owners: [
          { node: '1', owner: 'Văn phòng' },
          { node: '1.2', owner: 'Phòng Tư pháp', unit: 'a' },
        ],
      },
      { nodes: new Set(['1', '1.1', '1.2']) },
    )
    expect(ownerOf(owners, 'a', ['1', '1.2'])).toBe('Phòng Tư pháp')
    expect(ownerOf(owners, 'b', ['1', '1.2'])).toBe('Văn phòng')
    expect(ownerOf(owners, 'b', ['2'])).toBeUndefined()
    expect(() => parseOwners({ owners: [{ node: '7', owner: 'X' }] }, { nodes: new Set(['1']) })).toThrow(
      /no node "7"/,
    )
  })
})
