// Properties of additive (points) methodologies such as the PAR INDEX, checked end to end through the
// engine on random trees (≤ 3 levels, ≤ 4 children) and random datasets (≤ 8 units, some cells not
// applicable or missing).

import {
  createEngine,
  type Dataset,
  type Dec,
  dec,
  type Observation,
  type Scorecard,
  type UnitResult,
} from '@chiso/core'
// The SDK's arbitraries, from source: core cannot depend on @chiso/sdk (which depends on core).
import { leavesOf, type ScoredCase, scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const RUNS = propertyRuns(100)
const engine = createEngine()
const CASES = scoredCaseArb({ maxDepth: 3, maxChildren: 4, data: { units: { min: 1, max: 8 } } })

function score({ methodology, dataset }: ScoredCase): Scorecard {
  return engine.compile(methodology).evaluate(dataset, { trace: false })
}

function unitByCode(card: Scorecard, code: string): UnitResult {
  const unit = card.units.find((candidate) => candidate.unit === code)
  if (!unit) throw new Error(`no unit ${code} in the scorecard`)
  return unit
}

const d = (text: string | null): Dec => dec(text ?? 'NaN')

/** The direct children of every node, and the top-level codes, from hierarchical codes `1`, `1.2`, `1.2.3`. */
function childrenOf(codes: ReadonlyArray<string>): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>()
  for (const code of codes) {
    const parent = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null
    out.set(parent, [...(out.get(parent) ?? []), code])
  }
  return out
}

/** The observation of one unit and leaf replaced (or added); `undefined` removes it. */
function withCell(
  dataset: Dataset,
  unit: string,
  node: string,
  value: Observation['value'] | undefined,
): Dataset {
  const rest = dataset.observations.filter((o) => !(o.unit === unit && o.node === node))
  return {
    ...dataset,
    observations: value === undefined ? rest : [...rest, { unit, node, field: 'value', value }],
  }
}

/** The value of a cell: a decimal string, 'NA', or undefined when missing. */
function cell(dataset: Dataset, unit: string, node: string): string | undefined {
  const value = dataset.observations.find((o) => o.unit === unit && o.node === node)?.value
  return typeof value === 'string' ? value : undefined
}

/** A case with one unit and one of its leaves that has a value or is missing (not applicable leaves are excluded). */
const caseWithCell = CASES.chain((scored) =>
  fc
    .record({
      unit: fc.nat({ max: Math.max(0, scored.dataset.units.length - 1) }),
      leaf: fc.nat({ max: leavesOf(scored.methodology).length - 1 }),
      t: fc.integer({ min: 0, max: 100 }),
    })
    .map((pick) => ({ scored, ...pick })),
).filter(({ scored }) => scored.dataset.units.length > 0)

describe('points trees', () => {
  it('every node scores within [0, its applicable max], and its index within [0, 100]', () => {
    fc.assert(
      fc.property(CASES, (scored) => {
        const card = score(scored)
        for (const unit of card.units) {
          const results = [
            { status: unit.index === null ? 'none' : 'ok', ...unit },
            ...Object.values(unit.nodes),
          ]
          for (const result of results) {
            if (result.status !== 'ok') continue
            expect(d(result.score).gte(0)).toBe(true)
            expect(d(result.score).lte(d(result.max))).toBe(true)
            if (!d(result.max).isZero()) {
              expect(d(result.index).gte(0) && d(result.index).lte(100)).toBe(true)
            }
          }
        }
      }),
      RUNS,
    )
  })

  it("a node's score and applicable max are the sums of its children's (the tree is never capped)", () => {
    fc.assert(
      fc.property(CASES, (scored) => {
        const card = score(scored)
        expect(card.diagnostics.filter((diagnostic) => diagnostic.code === 'CAPPED_AT_MAX')).toEqual([])
        for (const unit of card.units) {
          const tree = childrenOf(Object.keys(unit.nodes))
          for (const [parent, codes] of tree) {
            const result = parent === null ? (unit.index === null ? undefined : unit) : unit.nodes[parent]!
            const children = codes.map((code) => unit.nodes[code]!)
            if (parent !== null) {
              const status = unit.nodes[parent]!.status
              // Not applicable exactly when every child is not applicable.
              expect(status === 'na').toBe(children.every((child) => child.status === 'na'))
            }
            if (result === undefined || ('status' in result && result.status !== 'ok')) continue
            const present = children.filter((child) => child.status === 'ok')
            const sum = present.reduce((total, child) => total.plus(d(child.score)), dec(0))
            const maxSum = present.reduce((total, child) => total.plus(d(child.max)), dec(0))
            expect(d(result.score).eq(sum)).toBe(true)
            expect(d(result.max).eq(maxSum)).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })

  it('raising one leaf never lowers any node, the unit index or its rank; other nodes do not move', () => {
    fc.assert(
      fc.property(caseWithCell, ({ scored, unit: u, leaf: l, t }) => {
        const unitCode = scored.dataset.units[u]!.code
        const leaf = leavesOf(scored.methodology)[l]!
        const current = cell(scored.dataset, unitCode, leaf.code)
        if (current === 'NA') return
        const from = dec(current ?? '0')
        // from + t% of the way to the leaf's max: still within [0, max], exact.
        const to = from.plus(d(leaf.max!).minus(from).times(t).div(100))
        const before = score(scored)
        const after = score({
          ...scored,
          dataset: withCell(scored.dataset, unitCode, leaf.code, to.toFixed()),
        })
        const [b, a] = [unitByCode(before, unitCode), unitByCode(after, unitCode)]
        for (const [code, old] of Object.entries(b.nodes)) {
          const now = a.nodes[code]!
          const isAncestor = leaf.code === code || leaf.code.startsWith(`${code}.`)
          if (!isAncestor) {
            expect(now).toEqual(old)
            continue
          }
          expect(now.status).toBe('ok')
          expect(d(now.score).gte(d(old.score ?? '0'))).toBe(true)
          expect(d(now.max).eq(d(old.max))).toBe(true)
        }
        expect(d(a.score).gte(d(b.score))).toBe(true)
        expect(d(a.index).gte(d(b.index))).toBe(true)
        expect(a.rank!).toBeLessThanOrEqual(b.rank!)
      }),
      RUNS,
    )
  })

  it('index = score ÷ applicable max × 100 exactly, the max counting only applicable leaves', () => {
    fc.assert(
      fc.property(CASES, (scored) => {
        const card = score(scored)
        const leaves = leavesOf(scored.methodology)
        for (const unit of card.units) {
          for (const [code, result] of [['', unit] as const, ...Object.entries(unit.nodes)]) {
            if (
              result.score === null ||
              result.max === null ||
              ('status' in result && result.status !== 'ok')
            )
              continue
            const applicable = leaves
              .filter((leaf) => code === '' || leaf.code === code || leaf.code.startsWith(`${code}.`))
              .filter((leaf) => cell(scored.dataset, unit.unit, leaf.code) !== 'NA')
              .reduce((total, leaf) => total.plus(leaf.max!), dec(0))
            expect(d(result.max).eq(applicable)).toBe(true)
            if (!applicable.isZero()) {
              expect(d(result.index).eq(d(result.score).div(applicable).times(100))).toBe(true)
            }
          }
        }
      }),
      RUNS,
    )
  })

  it('marking a leaf not applicable removes its max: the index becomes what the other leaves earn, never below scoring it 0', () => {
    fc.assert(
      fc.property(caseWithCell, ({ scored, unit: u, leaf: l }) => {
        const unitCode = scored.dataset.units[u]!.code
        const leaf = leavesOf(scored.methodology)[l]!
        if (cell(scored.dataset, unitCode, leaf.code) === 'NA') return
        const before = unitByCode(score(scored), unitCode)
        const na = unitByCode(
          score({ ...scored, dataset: withCell(scored.dataset, unitCode, leaf.code, 'NA') }),
          unitCode,
        )
        const zero = unitByCode(
          score({ ...scored, dataset: withCell(scored.dataset, unitCode, leaf.code, '0') }),
          unitCode,
        )
        const earned = d(before.nodes[leaf.code]!.score)
        const remainingScore = d(before.score).minus(earned)
        const remainingMax = d(before.max).minus(leaf.max!)
        expect(na.nodes[leaf.code]!.status).toBe('na')
        if (remainingMax.isZero()) {
          expect(na.index).toBeNull()
          return
        }
        expect(d(na.max).eq(remainingMax)).toBe(true)
        expect(d(na.score).eq(remainingScore)).toBe(true)
        expect(d(na.index).eq(remainingScore.div(remainingMax).times(100))).toBe(true)
        expect(d(na.index).gte(d(zero.index))).toBe(true)
      }),
      RUNS,
    )
  })
})
