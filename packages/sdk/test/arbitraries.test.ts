import {
  createEngine,
  DatasetSchema,
  DecimalStringSchema,
  dec,
  type Methodology,
  type MethodologyNode,
  parseDataset,
} from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compositeMethodologyArb,
  datasetArb,
  decimalStringArb,
  leavesOf,
  pointsMethodologyArb,
  scoredCaseArb,
} from '../src/testing/index.js'

const RUNS = propertyRuns(100)

function depth(nodes: ReadonlyArray<MethodologyNode>): number {
  return Math.max(...nodes.map((node) => 1 + (node.children ? depth(node.children) : 0)))
}

function everyNode(methodology: Methodology): MethodologyNode[] {
  const out: MethodologyNode[] = []
  const visit = (node: MethodologyNode) => {
    out.push(node)
    node.children?.forEach(visit)
  }
  methodology.tree.forEach(visit)
  return out
}

describe('decimalStringArb', () => {
  it('gives normalised decimal strings within [min, max] with at most `scale` decimals', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: -5000, max: 5000 }),
          fc.integer({ min: 0, max: 5000 }),
          fc.integer({ min: 0, max: 4 }),
        ),
        fc.integer(),
        ([low, width, scale], seed) => {
          const min = dec(low).div(100).toFixed()
          const max = dec(low + width)
            .div(100)
            .toFixed()
          const values = fc.sample(decimalStringArb({ min, max, scale: Math.max(scale, 2) }), {
            numRuns: 10,
            seed,
          })
          for (const value of values) {
            expect(DecimalStringSchema.parse(value)).toBe(value)
            expect(dec(value).gte(min) && dec(value).lte(max)).toBe(true)
            expect(dec(value).decimalPlaces()).toBeLessThanOrEqual(Math.max(scale, 2))
          }
        },
      ),
      RUNS,
    )
  })

  it('moves bounds inwards and refuses an empty range', () => {
    expect(
      new Set(fc.sample(decimalStringArb({ min: '0.05', max: '0.25', scale: 1 }), { numRuns: 50, seed: 1 })),
    ).toEqual(new Set(['0.1', '0.2']))
    expect(() => decimalStringArb({ min: '0.01', max: '0.09', scale: 1 })).toThrow(RangeError)
    expect(() => decimalStringArb({ scale: -1 })).toThrow(RangeError)
  })
})

describe('pointsMethodologyArb', () => {
  it('gives compilable additive trees whose maxima add up exactly, within the size limits', () => {
    const engine = createEngine()
    fc.assert(
      fc.property(pointsMethodologyArb({ maxDepth: 3, maxChildren: 4 }), (methodology) => {
        expect(() => engine.compile(methodology)).not.toThrow()
        expect(depth(methodology.tree)).toBeLessThanOrEqual(3)
        expect(methodology.tree.length).toBeLessThanOrEqual(4)
        for (const node of everyNode(methodology)) {
          expect(dec(node.max!).gt(0)).toBe(true)
          if (node.children) {
            expect(node.children.length).toBeLessThanOrEqual(4)
            const sum = node.children.reduce((total, child) => total.plus(child.max!), dec(0))
            expect(sum.eq(node.max!)).toBe(true)
          } else expect(node.rule).toEqual({ use: 'chiso/points' })
        }
      }),
      RUNS,
    )
  })

  it('produces deep trees too', () => {
    const depths = fc
      .sample(pointsMethodologyArb({ maxDepth: 3 }), { numRuns: 100, seed: 5 })
      .map((m) => depth(m.tree))
    expect(new Set(depths)).toEqual(new Set([1, 2, 3]))
  })
})

describe('compositeMethodologyArb', () => {
  it('gives compilable weighted means with min-max leaves', () => {
    const engine = createEngine()
    fc.assert(
      fc.property(compositeMethodologyArb({ maxDepth: 2, maxChildren: 3 }), (methodology) => {
        expect(() => engine.compile(methodology)).not.toThrow()
        expect(methodology.result.type).toBe('composite')
        for (const node of everyNode(methodology)) {
          expect(dec(node.weight!).gt(0)).toBe(true)
          if (node.children) expect(node.aggregate).toEqual({ use: 'chiso/mean' })
          else {
            expect(node.rule).toEqual({ use: 'chiso/value' })
            const { l, u } = node.normalise!.with as { l: string; u: string }
            expect(dec(l).lt(u)).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })
})

describe('datasetArb', () => {
  it('gives a valid dataset with at most one observation per unit and leaf, values within the leaf max', () => {
    const arb = pointsMethodologyArb().chain((methodology) =>
      datasetArb(methodology, { units: { min: 2, max: 5 } }).map((dataset) => ({ methodology, dataset })),
    )
    fc.assert(
      fc.property(arb, ({ methodology, dataset }) => {
        expect(parseDataset(dataset)).toEqual(dataset)
        expect(dataset.units.length).toBeGreaterThanOrEqual(2)
        expect(dataset.units.length).toBeLessThanOrEqual(5)
        const leaves = new Map(leavesOf(methodology).map((leaf) => [leaf.code, leaf]))
        const seen = new Set<string>()
        for (const observation of dataset.observations) {
          const key = `${observation.unit}|${observation.node}`
          expect(seen.has(key)).toBe(false)
          seen.add(key)
          const leaf = leaves.get(observation.node)!
          if (typeof observation.value === 'string' && observation.value !== 'NA') {
            expect(dec(observation.value).gte(0) && dec(observation.value).lte(leaf.max!)).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })

  it('follows naRate and missingRate', () => {
    const [methodology] = fc.sample(pointsMethodologyArb(), { numRuns: 1, seed: 2 })
    const allNa = fc.sample(datasetArb(methodology!, { units: 3, naRate: 1, missingRate: 0 }), {
      numRuns: 5,
      seed: 3,
    })
    for (const dataset of allNa) {
      expect(dataset.observations.length).toBe(3 * leavesOf(methodology!).length)
      expect(dataset.observations.every((observation) => observation.value === 'NA')).toBe(true)
    }
    const allMissing = fc.sample(datasetArb(methodology!, { units: 4, naRate: 0, missingRate: 1 }), {
      numRuns: 5,
      seed: 3,
    })
    for (const dataset of allMissing) expect(dataset.observations.every((o) => o.value === null)).toBe(true)
    const complete = fc.sample(datasetArb(methodology!, { naRate: 0, missingRate: 0 }), {
      numRuns: 5,
      seed: 3,
    })
    for (const dataset of complete) {
      expect(dataset.observations.every((o) => typeof o.value === 'string' && o.value !== 'NA')).toBe(true)
    }
    expect(() => datasetArb(methodology!, { naRate: 0.6, missingRate: 0.6 })).toThrow(RangeError)
  })

  it('uses leafValue when given', () => {
    const [methodology] = fc.sample(compositeMethodologyArb(), { numRuns: 1, seed: 4 })
    const [dataset] = fc.sample(
      datasetArb(methodology!, { naRate: 0, missingRate: 0, leafValue: () => fc.constant('7') }),
      { numRuns: 1, seed: 4 },
    )
    expect(DatasetSchema.parse(dataset).observations.every((o) => o.value === '7')).toBe(true)
  })
})

describe('scoredCaseArb', () => {
  it('gives cases every unit of which the engine scores', () => {
    const engine = createEngine()
    fc.assert(
      fc.property(
        fc.oneof(
          scoredCaseArb({ maxDepth: 2, data: { units: { min: 1, max: 4 } } }),
          scoredCaseArb({ kind: 'composite', maxDepth: 2 }),
        ),
        ({ methodology, dataset }) => {
          const card = engine.score(methodology, dataset, { trace: false })
          expect(card.units.map((unit) => unit.unit).sort()).toEqual(
            dataset.units.map((unit) => unit.code).sort(),
          )
        },
      ),
      RUNS,
    )
  })
})
