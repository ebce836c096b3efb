import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  arbitraries,
  compositeMethodology,
  meansMethodology,
  pointsMethodology,
} from '../../test/engine-test-methodologies.js'
import type { MethodologyInput } from '../schema/methodology.js'
import type { Scorecard } from '../schema/scorecard.js'
import { createEngine } from './create-engine.js'
import { type ScorecardByUnit, scorecardByUnitOf } from './scorecard-by-unit.js'

// The tree order of the test methodologies' codes: each node, then its children.
const byTreeOrder = (a: string, b: string): number => {
  const x = a.split('.')
  const y = b.split('.')
  for (let at = 0; at < Math.min(x.length, y.length); at++) {
    const difference = x[at]!.localeCompare(y[at]!, 'en', { numeric: true })
    if (difference !== 0) return difference
  }
  return x.length - y.length
}

// The scorecard as the CLI's writers see it when it comes unit by unit: each unit as `evaluate` gives it, keys
// in the same order, nodes where `evaluate` puts them.
const asScorecardText = (card: ScorecardByUnit): string =>
  JSON.stringify({
    methodology: card.methodology,
    units: card.units.map((summary, position) => {
      const { groupRank, overallRank, ...rest } = summary
      // The pairs hold the record's results, in tree order.
      const entries = card.nodeEntriesOf(position)
      expect(Object.fromEntries(entries)).toStrictEqual(card.nodesOf(position))
      expect(entries.map(([code]) => code)).toEqual(Object.keys(card.nodesOf(position)).sort(byTreeOrder))
      // The results without pairs: the same values, in the order of nodeCodes (shared ones frozen).
      if (card.nodeResultsOf !== undefined) {
        const results = card.nodeResultsOf(position)
        expect(card.nodeCodes).toEqual(entries.map(([code]) => code))
        expect(results).toStrictEqual(entries.map(([, result]) => result))
      }
      return {
        ...rest,
        nodes: card.nodesOf(position),
        ...(groupRank === undefined ? {} : { groupRank }),
        ...(overallRank === undefined ? {} : { overallRank }),
      }
    }),
    diagnostics: card.diagnostics,
  })

// Ranked nodes and ranking within groups: the marks and the orders the full scorecard makes.
const rankedWithinGroups: MethodologyInput = {
  ...pointsMethodology,
  id: 'by-unit-ranked',
  ranking: { ...pointsMethodology.ranking, within: 'group' },
  tree: pointsMethodology.tree.map((node, at) => (at === 0 ? { ...node, ranked: true } : node)),
}

describe.each([
  ['points', pointsMethodology],
  ['points, ranked nodes, ranked within groups', rankedWithinGroups],
  ['composite with cohort normalisers', compositeMethodology],
  ['composite with other means', meansMethodology],
])('evaluateByUnit of a %s methodology', (_label, methodology) => {
  const { compiled, dataset } = arbitraries(methodology)

  test.prop([dataset, fc.boolean()], propertyRuns(30))(
    'gives the scorecard of evaluate, byte for byte, one unit at a time',
    (data, trace) => {
      const full = compiled.evaluate(data, { trace })
      expect(asScorecardText(compiled.evaluateByUnit(data, { trace }))).toBe(JSON.stringify(full))
    },
  )
})

describe('evaluateByUnit', () => {
  // Illustrative: two leaves, one of them imputed for unit C.
  const imputing: MethodologyInput = {
    id: 'by-unit-imputed',
    version: '1.0.0',
    title: 'Imputed leaves (illustrative)',
    status: 'illustrative',
    result: { type: 'composite' },
    tree: [
      { code: 'x', title: 'x', rule: { use: 'chiso/value' }, normalise: { use: 'chiso/min-max' } },
      {
        code: 'y',
        title: 'y',
        rule: { use: 'chiso/value' },
        impute: { use: 'chiso/impute-mean' },
        normalise: { use: 'chiso/min-max' },
      },
    ],
  }
  const data = {
    units: [{ code: 'A' }, { code: 'B' }, { code: 'C' }],
    observations: [
      { unit: 'A', node: 'x', value: '1' },
      { unit: 'B', node: 'x', value: '2' },
      { unit: 'C', node: 'x', value: '3' },
      { unit: 'A', node: 'y', value: '4' },
      { unit: 'B', node: 'y', value: '8' },
    ],
  }

  it('marks imputed leaves as evaluate does, on a new record at every call', () => {
    const compiled = createEngine().compile(imputing)
    const card = compiled.evaluateByUnit(data)
    expect(asScorecardText(card)).toBe(JSON.stringify(compiled.evaluate(data)))
    const c = card.units.findIndex((unit) => unit.unit === 'C')
    expect(card.nodesOf(c).y).toMatchObject({ imputed: true })
    expect(card.nodesOf(c)).not.toBe(card.nodesOf(c))
  })

  it('refuses a position outside the scorecard', () => {
    const card = createEngine().compile(imputing).evaluateByUnit(data)
    expect(() => card.nodesOf(3)).toThrow(RangeError)
    expect(() => card.nodeResultsOf?.(3)).toThrow(RangeError)
  })

  it('shares one frozen result between equal cells of a node, and none on a node with marks', () => {
    // Illustrative: two leaves of one point each, the second ranked (a mark on every unit).
    const compiled = createEngine().compile({
      id: 'by-unit-shared',
      version: '1.0.0',
      title: 'Shared results (illustrative)',
      status: 'illustrative',
      result: { type: 'points' },
      tree: [
        { code: 'p', title: 'p', max: '1', rule: { use: 'chiso/points' } },
        { code: 'q', title: 'q', max: '1', rule: { use: 'chiso/points' }, ranked: true },
      ],
    })
    const card = compiled.evaluateByUnit(
      {
        units: [{ code: 'A' }, { code: 'B' }, { code: 'C' }],
        observations: ['A', 'B', 'C'].flatMap((unit, at) => [
          { unit, node: 'p', value: at === 2 ? '1' : '0.5' },
          { unit, node: 'q', value: '0.5' },
        ]),
      },
      { trace: false },
    )
    const [p, q] = [card.nodeCodes!.indexOf('p'), card.nodeCodes!.indexOf('q')]
    const rows = card.units.map((_, position) => card.nodeResultsOf!(position))
    const halves = rows.map((row) => row[p]!).filter((result) => result.score === '0.5')
    expect(halves).toHaveLength(2)
    expect(halves[0]).toBe(halves[1])
    expect(Object.isFrozen(halves[0])).toBe(true)
    expect(rows.map((row) => row[q]!.rank)).toEqual([1, 1, 1])
    expect(rows.some((row) => Object.isFrozen(row[q]))).toBe(false)
  })

  it('views a finished scorecard the same way', () => {
    const full: Scorecard = createEngine().compile(imputing).evaluate(data)
    const byUnit = scorecardByUnitOf(full)
    expect(byUnit.nodesOf(1)).toBe(full.units[1]!.nodes)
    expect(asScorecardText(byUnit)).toBe(JSON.stringify(full))
  })
})
