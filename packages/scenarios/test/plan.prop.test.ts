import { createEngine, type Dataset, type Dec, dec, type MethodologyInput, parseDataset } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { applyChanges, type ObservationChange, parsePlanCosts, planRank, planTargets } from '../src/index.js'

// Small random additive methodologies: yes/no, band and entered-points leaves under one or two areas, a few
// units with random observations. Brute force tries every combination of leaf improvements.
type Leaf =
  | { kind: 'yes-no'; max: number }
  | { kind: 'bands'; max: number; thresholds: number[] }
  | { kind: 'points'; max: number }

const leafArb: fc.Arbitrary<Leaf> = fc.oneof(
  fc.record({ kind: fc.constant('yes-no' as const), max: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('bands' as const),
    max: fc.integer({ min: 2, max: 8 }),
    thresholds: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('points' as const), max: fc.integer({ min: 1, max: 4 }) }),
)

const caseArb = fc
  .record({
    leaves: fc.array(leafArb, { minLength: 1, maxLength: 4 }),
    units: fc.integer({ min: 2, max: 5 }),
    split: fc.boolean(),
    seeds: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 40, maxLength: 40 }),
    unit: fc.nat(),
    rise: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ leaves, units, split, seeds, unit, rise }) => {
    const nodes = leaves.map((leaf, i) => {
      const code = `L${i}`
      if (leaf.kind === 'yes-no')
        return { code, title: code, max: String(leaf.max), rule: { use: 'chiso/yes-no' } }
      if (leaf.kind === 'points')
        return { code, title: code, max: String(leaf.max), rule: { use: 'chiso/points' } }
      const bands = [...leaf.thresholds]
        .sort((a, b) => a - b)
        .map((t, k, all) => ({
          atLeast: String(t),
          // Points with at most two decimals, as methodologies publish them; the top band gives the maximum.
          points:
            k === all.length - 1
              ? String(leaf.max)
              : (Math.floor(((k + 1) * leaf.max * 100) / all.length) / 100).toFixed(2),
        }))
      return { code, title: code, max: String(leaf.max), rule: { use: 'chiso/bands', with: { bands } } }
    })
    const areaMax = (list: typeof nodes) => String(list.reduce((sum, node) => sum + Number(node.max), 0))
    const half = Math.ceil(nodes.length / 2)
    const tree =
      split && nodes.length > 1
        ? [
            { code: 'A', title: 'A', max: areaMax(nodes.slice(0, half)), children: nodes.slice(0, half) },
            { code: 'B', title: 'B', max: areaMax(nodes.slice(half)), children: nodes.slice(half) },
          ]
        : nodes
    const methodology: MethodologyInput = {
      id: 'prop',
      version: '1.0.0',
      title: 'prop',
      result: { type: 'points' },
      tree,
    }
    let s = 0
    const next = () => seeds[s++ % seeds.length]!
    const codes = Array.from({ length: units }, (_, u) => `U${u}`)
    const observations = codes.flatMap((code) =>
      leaves.map((leaf, i) => {
        const r = next()
        const value =
          leaf.kind === 'yes-no'
            ? r % 2 === 0
            : leaf.kind === 'points'
              ? String((r % (leaf.max * 2 + 1)) / 2)
              : String(r % 10)
        return { unit: code, node: `L${i}`, value }
      }),
    )
    const dataset = parseDataset({ units: codes.map((code) => ({ code })), observations })
    return { methodology, dataset, leaves, unit: codes[unit % units]!, rise }
  })

/** Every input each leaf may take for the unit that does not lower its points (points leaves in halves). */
function valuesOf(leaf: Leaf): Array<string | boolean> {
  if (leaf.kind === 'yes-no') return [false, true]
  if (leaf.kind === 'points') return Array.from({ length: leaf.max * 2 + 1 }, (_, k) => String(k / 2))
  return ['0', ...leaf.thresholds.map(String)]
}

function bruteForce(
  c: { methodology: MethodologyInput; dataset: Dataset; leaves: Leaf[]; unit: string },
  targetRank: number,
): Dec | null {
  return cheapestWhere(c, (me) => me.rank! <= targetRank)
}

const RUNS = propertyRuns(100)
const costs = parsePlanCosts({ default: { step: '0.5' } })

describe('planRank on small additive trees', () => {
  test.prop([caseArb], propertyRuns(60))(
    'costs what brute force finds, reaches the target, never lowers the score',
    (c) => {
      const compiled = createEngine().compile(c.methodology)
      const me = compiled.evaluate(c.dataset, { trace: false }).units.find((u) => u.unit === c.unit)!
      const plan = planRank(compiled, c.dataset, {
        unit: c.unit,
        target: { kind: 'rise', ranks: c.rise },
        costs,
      })
      const targetRank = Math.max(1, me.rank! - c.rise)
      const brute = me.rank! <= targetRank ? dec(0) : bruteForce(c, targetRank)
      if (brute === null) {
        expect(plan.status).toBe('unreachable')
        expect(plan.steps).toEqual([])
        return
      }
      expect(plan.status).toMatch(/^(optimal|met)$/)
      expect(plan.cost).toBe(brute.toFixed())
      expect(plan.verified).toBe(true)
      expect(plan.after!.rank).toBeLessThanOrEqual(targetRank)
      expect(dec(plan.after!.index).gte(me.index!)).toBe(true)
      for (const step of plan.steps) expect(dec(step.pointsGained).gt(0)).toBe(true)
    },
  )

  test.prop(
    [
      caseArb,
      fc.constantFrom('competition' as const, 'dense' as const, 'ordinal' as const),
      fc.constantFrom('exact' as const, 'display' as const),
      fc.integer({ min: 0, max: 2 }),
      fc.nat(),
    ],
    propertyRuns(60),
  )(
    'under any ranking method, exact or display ranking, and not-applicable criteria',
    (c, method, on, decimals, na) => {
      // One unit other than the planned one has a criterion that does not apply: its maximum shrinks.
      const other = c.dataset.units.find((unit) => unit.code !== c.unit)!.code
      const naLeaf = `L${na % c.leaves.length}`
      const dataset = parseDataset({
        ...c.dataset,
        observations: c.dataset.observations.map((o) =>
          o.unit === other && o.node === naLeaf ? { ...o, value: 'NA' as const } : o,
        ),
      })
      const methodology = { ...c.methodology, ranking: { method, on }, display: { decimals } }
      const compiled = createEngine().compile(methodology)
      const me = compiled.evaluate(dataset, { trace: false }).units.find((u) => u.unit === c.unit)!
      const plan = planRank(compiled, dataset, {
        unit: c.unit,
        target: { kind: 'rise', ranks: c.rise },
        costs,
      })
      const targetRank = Math.max(1, me.rank! - c.rise)
      const brute = me.rank! <= targetRank ? dec(0) : bruteForce({ ...c, methodology, dataset }, targetRank)
      if (brute === null) {
        expect(plan.status).toBe('unreachable')
        return
      }
      expect(plan.verified).toBe(true)
      expect(plan.after!.rank).toBeLessThanOrEqual(targetRank)
      if (plan.status === 'optimal' || plan.status === 'met') expect(plan.cost).toBe(brute.toFixed())
      else {
        // Only a tie the engine settles (ordinal ranks) may leave optimality unproven.
        expect(method).toBe('ordinal')
        expect(dec(plan.cost).gte(brute)).toBe(true)
      }
    },
  )

  test.prop([caseArb], RUNS)('a target already met costs nothing', (c) => {
    const compiled = createEngine().compile(c.methodology)
    const me = compiled.evaluate(c.dataset, { trace: false }).units.find((u) => u.unit === c.unit)!
    const plan = planRank(compiled, c.dataset, { unit: c.unit, target: { kind: 'rank', rank: me.rank! } })
    expect(plan.status).toBe('met')
    expect(plan.cost).toBe('0')
    expect(plan.steps).toEqual([])
  })

  test.prop([caseArb], RUNS)(
    'with every leaf locked, a target above the current rank is unreachable',
    (c) => {
      const compiled = createEngine().compile(c.methodology)
      const me = compiled.evaluate(c.dataset, { trace: false }).units.find((u) => u.unit === c.unit)!
      fc.pre(me.rank! > 1)
      const lock = c.leaves.map((_, i) => `L${i}`)
      const plan = planRank(compiled, c.dataset, {
        unit: c.unit,
        target: { kind: 'rank', rank: me.rank! - 1 },
        lock,
      })
      expect(plan.status).toBe('unreachable')
      expect(plan.after).toBeNull()
      expect(plan.reason).toMatch(/short of rank/)
    },
  )
})

/**
 * The least cost (points gained, as `costs` counts them) of any plan whose re-scored unit satisfies `ok`: every
 * combination of leaf inputs is scored by the engine. A leaf's points depend on its own input alone (every rule
 * here reads one observation), and a points methodology scores a unit from its leaves' points, so each leaf is
 * first scored alone for every input: one input per gain of points is combined (the unchanged input stands for
 * every input that gains nothing), and an input that lowers its leaf's points is left out up front, instead of
 * scoring each combination that holds it and dropping it there. The full re-scoring of every combination still
 * refuses one in which a leaf lost points.
 */
function cheapestWhere(
  c: { methodology: MethodologyInput; dataset: Dataset; leaves: Leaf[]; unit: string },
  ok: (me: { index: string | null; rank: number | null }) => boolean,
): Dec | null {
  const compiled = createEngine().compile(c.methodology)
  const scoreOf = (changes: ObservationChange[]) =>
    compiled
      .evaluate(parseDataset(applyChanges(c.dataset, changes)), { trace: false })
      .units.find((u) => u.unit === c.unit)!
  const base = scoreOf([])
  const options = c.leaves.map((leaf, i) => {
    const byGain = new Map<string, string | boolean>()
    for (const value of valuesOf(leaf)) {
      const alone = scoreOf([{ unit: c.unit, node: `L${i}`, value }])
      const gain = dec(alone.nodes[`L${i}`]!.score!).minus(base.nodes[`L${i}`]!.score!)
      if (gain.gt(0) && !byGain.has(gain.toFixed())) byGain.set(gain.toFixed(), value)
    }
    return [...byGain.values()]
  })
  let best: Dec | null = null
  const pick = (i: number, changes: ObservationChange[]) => {
    if (i === options.length) {
      const me = scoreOf(changes)
      let cost = dec(0)
      for (let k = 0; k < c.leaves.length; k++) {
        const gained = dec(me.nodes[`L${k}`]!.score!).minus(base.nodes[`L${k}`]!.score!)
        if (gained.isNegative()) return
        cost = cost.plus(gained)
      }
      if (ok(me) && (best === null || cost.lt(best))) best = cost
      return
    }
    pick(i + 1, changes)
    for (const value of options[i]!) pick(i + 1, [...changes, { unit: c.unit, node: `L${i}`, value }])
  }
  pick(0, [])
  return best
}

describe('planTargets toward a value of the whole index', () => {
  test.prop([caseArb, fc.integer({ min: 0, max: 110 }), fc.boolean()], propertyRuns(40))(
    'reached: re-scoring the plan gives index ≥ the floor, at brute force’s least cost; unreachable: every leaf at its best stays below',
    (c, floor, withRise) => {
      const compiled = createEngine().compile(c.methodology)
      const me = compiled.evaluate(c.dataset, { trace: false }).units.find((u) => u.unit === c.unit)!
      const targetRank = Math.max(1, me.rank! - c.rise)
      const plan = planTargets(compiled, c.dataset, {
        unit: c.unit,
        values: [],
        wholeIndex: { index: String(floor) },
        ...(withRise ? { target: { kind: 'rise', ranks: c.rise } as const } : {}),
        costs,
      })
      const ok = (unit: { index: string | null; rank: number | null }) =>
        unit.index !== null && dec(unit.index).gte(floor) && (!withRise || unit.rank! <= targetRank)
      if (plan.status === 'unreachable') {
        expect(plan.wholeIndex?.met).toBe(false)
        // Every leaf at its best (and so every plan): the targets do not all hold.
        const best = c.leaves.map((leaf, i) => {
          const values = valuesOf(leaf)
          return { unit: c.unit, node: `L${i}`, value: values[values.length - 1]! }
        })
        const card = compiled.evaluate(parseDataset(applyChanges(c.dataset, best)), { trace: false })
        const top = card.units.find((u) => u.unit === c.unit)!
        if (!withRise) expect(dec(top.index!).lt(floor)).toBe(true)
        expect(cheapestWhere(c, ok)).toBeNull()
        return
      }
      const card = compiled.evaluate(parseDataset(applyChanges(c.dataset, plan.changes)), { trace: false })
      const after = card.units.find((u) => u.unit === c.unit)!
      expect(dec(after.index!).gte(floor)).toBe(true)
      expect(plan.verified).toBe(true)
      expect(plan.wholeIndex).toMatchObject({ on: 'index', before: me.index, after: after.index, met: true })
      if (withRise) expect(after.rank!).toBeLessThanOrEqual(targetRank)
      const brute = cheapestWhere(c, ok)
      expect(brute).not.toBeNull()
      if (plan.status === 'optimal' || plan.status === 'met') expect(plan.cost).toBe(brute!.toFixed())
      else expect(dec(plan.cost).gte(brute!)).toBe(true)
    },
  )
})
