import {
  ChisoError,
  type CompiledMethodology,
  type Dataset,
  type DecimalString,
  dec,
  type Engine,
  ERROR_CODES,
  type MethodologyNode,
  type ObservationChange,
  type Scorecard,
  toDecimalString,
} from '@chiso/core'
import { baseSession, rescore } from '../rescore.js'

/**
 * What changes in a what-if: observations (values, `'NA'`, missing), node weights, or a whole other
 * methodology (another version). Weight and methodology changes recompile and re-evaluate in full.
 *
 * @example
 * ```ts
 * const changes: WhatIfChanges = {
 *   observations: [{ unit: 'dong-son', node: '1.1.1', value: true }],
 *   weights: { transparency: '25' },
 * }
 * ```
 *
 * @category What-if
 */
export interface WhatIfChanges {
  readonly observations?: ReadonlyArray<ObservationChange>
  /** New relative weights by node code. */
  readonly weights?: Readonly<Record<string, DecimalString>>
  /** Another methodology (e.g. next year's version) to score the changed data under. */
  readonly methodology?: unknown
}

/**
 * Options of {@link whatIf}: the engine that recompiles changed methodologies (default: the engine that
 * compiled the methodology, with its plugins).
 *
 * @example
 * ```ts
 * const options: WhatIfOptions = { engine: createEngine({ plugins: [acme] }) }
 * ```
 *
 * @category What-if
 */
export interface WhatIfOptions {
  readonly engine?: Engine
}

/**
 * How one node's value changed for one unit (decimal strings; `null` where the node has no value).
 *
 * @example
 * ```ts
 * const delta: NodeDelta = { node: '1.1', before: '1.25', after: '2', delta: '0.75' }
 * ```
 *
 * @category What-if
 */
export interface NodeDelta {
  readonly node: string
  readonly before: string | null
  readonly after: string | null
  /** after − before, or `null` when either side has no value. */
  readonly delta: string | null
}

/**
 * How one unit's result changed: index, rank (a positive `rankDelta` is a rise) and every node that moved.
 *
 * @example
 * ```ts
 * const unit: UnitDelta = {
 *   unit: 'dong-son', indexBefore: '80', indexAfter: '81', indexDelta: '1',
 *   rankBefore: 12, rankAfter: 9, rankDelta: 3, nodes: [{ node: '1', before: '8', after: '9', delta: '1' }],
 * }
 * ```
 *
 * @category What-if
 */
export interface UnitDelta {
  readonly unit: string
  readonly indexBefore: string | null
  readonly indexAfter: string | null
  readonly indexDelta: string | null
  readonly rankBefore: number | null
  readonly rankAfter: number | null
  /** rankBefore − rankAfter: positive when the unit rose. `null` when either rank is missing. */
  readonly rankDelta: number | null
  /** The nodes whose score changed, in scorecard order. */
  readonly nodes: ReadonlyArray<NodeDelta>
}

/**
 * The result of a what-if: both scorecards and the per-unit differences, in the order of `after`.
 *
 * @example
 * ```ts
 * const result: WhatIfResult = whatIf(compiled, dataset, { observations: [] })
 * result.units.every((unit) => unit.rankDelta === 0) // true
 * ```
 *
 * @category What-if
 */
export interface WhatIfResult {
  readonly before: Scorecard
  readonly after: Scorecard
  /** The methodology the `after` scorecard was computed with. */
  readonly compiled: CompiledMethodology
  /** The data after the observation changes. */
  readonly dataset: Dataset
  readonly units: ReadonlyArray<UnitDelta>
}

/**
 * Applies changes to a scored dataset and returns the new scorecard with per-unit rank deltas and per-node
 * differences. Observation changes re-score the data; weight or methodology changes recompile first.
 *
 * @example
 * ```ts
 * import { createEngine } from '@chiso/core'
 * import { whatIf } from '@chiso/scenarios'
 *
 * const compiled = createEngine().compile(methodology) // two yes/no leaves worth 4 and 6
 * const result = whatIf(compiled, dataset, { observations: [{ unit: 'A', node: '2', value: true }] })
 * result.units.find((u) => u.unit === 'A') // { …, indexBefore: '40', indexAfter: '100', rankDelta: 1 }
 * ```
 *
 * @category What-if
 */
export function whatIf(
  compiled: CompiledMethodology,
  dataset: Dataset,
  changes: WhatIfChanges,
  options: WhatIfOptions = {},
): WhatIfResult {
  const before = baseSession(compiled, dataset).scorecard()
  let target = compiled
  if (changes.methodology !== undefined || changes.weights !== undefined) {
    const engine = options.engine ?? compiled.engine
    const base =
      changes.methodology === undefined
        ? compiled.methodology
        : engine.compile(changes.methodology).methodology
    target = engine.compile(withWeights(base, changes.weights ?? {}))
    refuseIgnoredWeights(target, changes.weights ?? {})
  }
  const rescored = rescore(target, dataset, changes.observations ?? [])
  const after = rescored.scorecard
  return {
    before,
    after,
    compiled: target,
    // Built on demand: most callers (a slider) only read the deltas.
    get dataset() {
      return rescored.dataset()
    },
    units: diffScorecards(before, after),
  }
}

/**
 * Returns a copy of a methodology with some node weights replaced. Throws a `ChisoError` (`NOT_FOUND`, path `weights.<code>`) when a code is not in the tree.
 *
 * @example
 * ```ts
 * withWeights(pci, { transparency: '25' }).tree.find((n) => n.code === 'transparency')?.weight // '25'
 * ```
 *
 * @category What-if
 */
export function withWeights<M extends { tree: MethodologyNode[] }>(
  methodology: M,
  weights: Readonly<Record<string, DecimalString>>,
): M {
  const pending = new Set(Object.keys(weights))
  if (pending.size === 0) return methodology
  const visit = (node: MethodologyNode): MethodologyNode => {
    const weight = weights[node.code]
    if (weight !== undefined) pending.delete(node.code)
    return {
      ...node,
      ...(weight === undefined ? {} : { weight: toDecimalString(dec(weight)) }),
      ...(node.children ? { children: node.children.map(visit) } : {}),
    }
  }
  const tree = methodology.tree.map(visit)
  const [unknown] = pending
  if (unknown !== undefined)
    throw new ChisoError(ERROR_CODES.NOT_FOUND, `no node with code "${unknown}" in the methodology`, {
      path: ['weights', unknown],
    })
  return { ...methodology, tree }
}

/** A weight change under an aggregator that ignores weights would be a silent no-op: say so instead. */
function refuseIgnoredWeights(
  compiled: CompiledMethodology,
  weights: Readonly<Record<string, DecimalString>>,
): void {
  const { model } = compiled
  for (const code of Object.keys(weights)) {
    const node = model.byCode.get(code)!
    const parent = model.nodes[node.parent]!
    if (parent.aggregate?.def.meta.weighted !== false) continue
    const where = parent === model.root ? 'the methodology' : `"${parent.code}"`
    throw new ChisoError(
      ERROR_CODES.INVALID_ARGUMENT,
      `the weight of "${code}" cannot change anything: ${where} aggregates with ${parent.aggregate.def.id}, which ignores weights`,
      {
        path: ['weights', code],
        hint: 'change the points (max) instead, or use a weighted aggregator such as chiso/mean',
      },
    )
  }
}

/**
 * Compares two scorecards of the same units: index and rank changes, and every node whose score moved.
 *
 * @example
 * ```ts
 * diffScorecards(before, after)[0] // { unit: 'A', rankBefore: 2, rankAfter: 1, rankDelta: 1, … }
 * ```
 *
 * @category What-if
 */
export function diffScorecards(before: Scorecard, after: Scorecard): UnitDelta[] {
  const previous = new Map(before.units.map((unit) => [unit.unit, unit]))
  return after.units.map((unit) => {
    const old = previous.get(unit.unit)
    const nodes: NodeDelta[] = []
    const codes = new Set([...Object.keys(old?.nodes ?? {}), ...Object.keys(unit.nodes)])
    for (const code of codes) {
      const a = old?.nodes[code]?.score ?? null
      const b = unit.nodes[code]?.score ?? null
      if (a === b || (a !== null && b !== null && dec(a).eq(b))) continue
      nodes.push({ node: code, before: a, after: b, delta: difference(b, a) })
    }
    const rankBefore = old?.rank ?? null
    return {
      unit: unit.unit,
      indexBefore: old?.index ?? null,
      indexAfter: unit.index,
      indexDelta: difference(unit.index, old?.index ?? null),
      rankBefore,
      rankAfter: unit.rank,
      rankDelta: rankBefore === null || unit.rank === null ? null : rankBefore - unit.rank,
      nodes,
    }
  })
}

function difference(after: string | null, before: string | null): string | null {
  return after === null || before === null ? null : toDecimalString(dec(after).minus(before))
}
