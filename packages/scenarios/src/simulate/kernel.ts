// The float64 simulation kernel: the methodology's tree compiled into column operations over all units.
// It starts from the leaf values the exact engine computed (rules are not re-run) and repeats everything
// above them — normalisation, rounding, aggregation, ranking — with the run's sampled parameters.
// Every buffer is allocated when the kernel is built, none per run; a leaf's normalised column depends only on
// its normaliser (unless the run adds survey noise to it), so it is computed once per normaliser and reused.
// ChisoError from its own entry point: worker threads run this file and must not load the engine and zod.

import type { CompiledModel, Methodology, PluginCall, ResolvedItem, Rounding, Scorecard } from '@chiso/core'
import { ChisoError } from '@chiso/core/errors'
import {
  aggregateColumns,
  aggregationScratch,
  type ColumnAggregator,
  columnAggregator,
} from './column-aggregators.js'
import { type FloatNormaliser, floatNormaliser, roundFloat } from './float-steps.js'
import { portableLog } from './portable-math.js'
import { createRanker } from './rank-columns.js'

const OK = 0
const NA = 1
const MISSING = 2
const ERROR = 3
const STATUS: Record<string, number> = { ok: OK, na: NA, missing: MISSING, error: ERROR }

/**
 * One node of the float64 simulation kernel (plain data, so worker threads can rebuild the kernel).
 *
 * @example
 * ```ts
 * const node: KernelNode = {
 *   code: 'P1', children: [0, 1], weight: 2, declaredMax: Number.NaN, direction: 1,
 *   aggregate: { use: 'chiso/mean' }, normalise: null, round: null, leaf: -1, producesPoints: false,
 * }
 * ```
 *
 * @category Simulation
 */
export interface KernelNode {
  readonly code: string
  readonly children: number[]
  readonly weight: number
  readonly declaredMax: number
  readonly direction: 1 | -1
  readonly aggregate: PluginCall | null
  readonly normalise: PluginCall | null
  readonly round: Rounding | null
  /** Index into the leaf tables, or -1 for inner nodes. */
  readonly leaf: number
  readonly producesPoints: boolean
}

/**
 * Everything the float64 simulation kernel needs, as plain data (structured-clonable for worker threads):
 * the tree in post-order, each leaf's values before any cohort step, and the exact engine's nominal ranks.
 *
 * @example
 * ```ts
 * const data: KernelData = prepareSimulation(compiled, dataset, spec).data
 * data.nodes[data.nodes.length - 1]?.code // '$root'
 * data.exactRanks                         // [3, 1, 2, …] (per unit, dataset order)
 * ```
 *
 * @category Simulation
 */
export interface KernelData {
  readonly methodology: Methodology
  readonly units: string[]
  /** Nodes in post-order; the root is last. */
  readonly nodes: KernelNode[]
  /** Per leaf, per unit: the value before any cohort step (NaN when not ok). */
  readonly leafValues: number[][]
  readonly leafStatus: number[][]
  /** The exact engine's ranks of the nominal data, per unit (0 = unranked). */
  readonly exactRanks: number[]
  /**
   * Each unit's group when the methodology ranks within groups (`ranking.within: group`; a unit without a
   * group is ranked with the other ungrouped units), else `null`: one ranking over all units.
   */
  readonly groups: ReadonlyArray<string> | null
}

/** The sampled parameters of one run. */
export interface KernelParameters {
  /** Weight factor per node index (1 = nominal). */
  readonly weightFactors?: Float64Array
  /** Normaliser / aggregator override per node index (undefined = nominal; null normaliser = none). */
  readonly normalise?: ReadonlyArray<PluginCall | null | undefined>
  readonly aggregate?: ReadonlyArray<PluginCall | undefined>
  /** Added to leaf values: per leaf, per unit (in the leaf's own points), before clamping to [0, max]. */
  readonly leafNoise?: ReadonlyArray<Float64Array | undefined>
  /** Added to each unit's index. */
  readonly indexShift?: Float64Array
}

/**
 * Builds the kernel's data from a compiled model and the exact scorecard of the nominal data (with traces, so
 * the values before cohort steps are known). Leaf values come from the scorecard, so a rule from any plugin
 * simulates; normalisers and aggregators are run in float64 by the kernel, which names any it has no float64
 * version of (see {@link createKernel}).
 */
export function buildKernelData(
  model: CompiledModel,
  scorecard: Scorecard,
  unitOrder: ReadonlyArray<string>,
): KernelData {
  const { methodology } = model
  // Data-preparation stages (denominate, impute, screen, treat) are held at their nominal results: the leaf
  // values below are read after them. A data-availability threshold changes the aggregates themselves, which
  // the float64 kernel does not mirror: refuse rather than simulate something else.
  const thresholded = model.nodes.find((node) => node.minPresent !== undefined)
  if (thresholded)
    throw new ChisoError(
      'INVALID_INPUT',
      `node "${thresholded.code}": the simulation kernel does not run minPresent (a data-availability threshold)`,
      { path: [...thresholded.path, 'minPresent'] },
    )
  const byUnit = new Map(scorecard.units.map((unit) => [unit.unit, unit]))
  const units = [...unitOrder]
  const leafValues: number[][] = []
  const leafStatus: number[][] = []
  const nodes: KernelNode[] = model.nodes.map((node) => {
    let leaf = -1
    if (node.rule) {
      leaf = leafValues.length
      const values: number[] = []
      const statuses: number[] = []
      for (const code of units) {
        const result = byUnit.get(code)?.nodes[node.code]
        const status = result === undefined ? ERROR : (STATUS[result.status] ?? ERROR)
        // The value before normalisation or rounding: the first such step's input, else the score.
        const step = result?.steps?.find((s) => s.step === 'normalise' || s.step === 'round')
        const raw = step ? step.from : (result?.score ?? null)
        statuses.push(status)
        values.push(status === OK && raw !== null ? Number(raw) : Number.NaN)
      }
      leafValues.push(values)
      leafStatus.push(statuses)
    }
    return {
      code: node.code,
      children: [...node.children],
      weight: Number(node.weight.toString()),
      declaredMax: node.declaredMax === null ? Number.NaN : Number(node.declaredMax.toString()),
      direction: node.info.direction,
      aggregate: node.aggregate ? callOf(node.aggregate) : null,
      normalise: node.normalise ? callOf(node.normalise) : null,
      round: node.round ?? null,
      leaf,
      producesPoints: node.rule?.producesPoints ?? false,
    }
  })
  const exactRanks = units.map((code) => byUnit.get(code)?.rank ?? 0)
  const groups =
    methodology.ranking.within === 'group' ? units.map((code) => byUnit.get(code)?.group ?? '') : null
  return { methodology, units, nodes, leafValues, leafStatus, exactRanks, groups }
}

/** A resolved item as the plugin call the kernel's float64 steps are built from (options with defaults). */
function callOf(item: ResolvedItem<{ readonly id: string }>): PluginCall {
  return { use: item.def.id, with: { ...item.traceOptions } }
}

/**
 * The result of one kernel run: each unit's index (NaN = unranked) and rank (0 = unranked). The arrays are
 * the kernel's own buffers, overwritten by its next run: copy what you keep.
 */
export interface KernelRun {
  readonly index: Float64Array
  readonly ranks: Int32Array
}

/** A compiled kernel: evaluates one run of the whole tree over all units. */
export interface Kernel {
  readonly data: KernelData
  run(parameters: KernelParameters): KernelRun
}

/**
 * Looks up the float64 version of a plugin call: first by the call object itself (a run's calls are the
 * spec's own objects, the same in every run), then by its JSON text, building it once per distinct call.
 */
function stepCache<T>(
  kind: 'normaliser' | 'aggregator',
  build: (use: string, options: PluginCall['with']) => T | null,
): (call: PluginCall, node?: string) => T {
  const byText = new Map<string, T | null>()
  const byObject = new Map<PluginCall, T>()
  return (call, node) => {
    const known = byObject.get(call)
    if (known !== undefined) return known
    const key = JSON.stringify(call)
    let found = byText.get(key)
    if (found === undefined) {
      found = build(call.use, call.with)
      byText.set(key, found)
    }
    if (found === null)
      throw new ChisoError(
        'UNKNOWN_PLUGIN_ITEM',
        `${node === undefined ? '' : `node "${node}": `}the simulation kernel has no float64 version of the ${kind} "${call.use}"`,
        {
          hint: `simulations run the built-in normalisers and aggregators in float64; rules from any plugin simulate (their values come from the exact engine), but a plugin's ${kind} cannot`,
        },
      )
    // Bounded: callers that build new call objects for every run fall back to the JSON text.
    if (byObject.size > 256) byObject.clear()
    byObject.set(call, found)
    return found
  }
}

const normaliserOf = stepCache<FloatNormaliser>('normaliser', floatNormaliser)
const aggregatorOf = stepCache<ColumnAggregator>('aggregator', columnAggregator)

/** A leaf's column after its normaliser and rounding, with its maxima and (on demand) the values' logs. */
interface LeafColumn {
  readonly value: Float64Array
  readonly max: Float64Array
  logs: Float64Array | null
}

/** Compiles the kernel; throws a `ChisoError` when a normaliser or aggregator has no float64 version. */
export function createKernel(data: KernelData): Kernel {
  const { methodology, nodes, units } = data
  const size = units.length
  for (const node of nodes) {
    if (node.normalise) normaliserOf(node.normalise, node.code)
    if (node.aggregate) aggregatorOf(node.aggregate, node.code)
  }
  const isPoints = methodology.result.type === 'points'
  const scale = methodology.result.type === 'composite' ? Number(methodology.result.scale) : 1
  const display = methodology.display
  const ranking = methodology.ranking
  const breakerNodes = ranking.tieBreakers.map((breaker) =>
    nodes.findIndex((node) => node.code === breaker.node),
  )
  // Each node's own buffers; a leaf's current column may instead be one of its cached columns.
  const ownValues = nodes.map(() => new Float64Array(size))
  const ownMaxes = nodes.map(() => new Float64Array(size))
  const ownStatus = nodes.map(() => new Uint8Array(size))
  const values: Float64Array[] = [...ownValues]
  const maxes: Float64Array[] = [...ownMaxes]
  const status: Uint8Array[] = [...ownStatus]
  const logs: Array<Float64Array | null> = nodes.map(() => null)
  const leafRaw = data.leafValues.map((column) => Float64Array.from(column))
  const leafStatus = data.leafStatus.map((column) => Uint8Array.from(column))
  const leafCache = nodes.map(() => new Map<PluginCall | null, LeafColumn>())
  const children = nodes.map((node) => Int32Array.from(node.children))
  const childWeights = nodes.map((node) => new Float64Array(node.children.length))
  const outs = nodes.map((_, n) => ({ value: ownValues[n]!, max: ownMaxes[n]!, status: ownStatus[n]! }))
  const scratch = aggregationScratch(size)
  const columns = { values, maxes, status, logs }
  const index = new Float64Array(size)
  const keys = new Float64Array(size)
  const breakers = breakerNodes.map(() => new Float64Array(size))
  const ranks = new Int32Array(size)
  const ranker = createRanker(ranking, units, cohortsOf(data.groups, size), keys, breakers)

  /** Fills a leaf's column (raw value, survey noise, normaliser, rounding) into the given buffers. */
  const fillLeaf = (
    n: number,
    normalise: PluginCall | null,
    noise: Float64Array | undefined,
    value: Float64Array,
    max: Float64Array,
  ) => {
    const node = nodes[n]!
    const raw = leafRaw[node.leaf]!
    const state = leafStatus[node.leaf]!
    for (let u = 0; u < size; u++) {
      let v = raw[u]!
      if (noise !== undefined && state[u] === OK) {
        v += noise[u]!
        if (node.producesPoints)
          v = Math.min(Math.max(v, 0), Number.isNaN(node.declaredMax) ? v : node.declaredMax)
      }
      value[u] = state[u] === OK ? v : Number.NaN
      max[u] = node.producesPoints ? node.declaredMax : Number.NaN
    }
    finishColumn(node, normalise, value, max, state)
  }

  /** The node's normaliser (its values already NaN where not ok) and rounding. */
  const finishColumn = (
    node: KernelNode,
    normalise: PluginCall | null,
    value: Float64Array,
    max: Float64Array,
    state: Uint8Array,
  ) => {
    if (normalise) {
      for (let u = 0; u < size; u++) if (state[u] !== OK) value[u] = Number.NaN
      normaliserOf(normalise)(value, node.direction)
      max.fill(Number.NaN)
    }
    if (node.round) {
      for (let u = 0; u < size; u++)
        if (state[u] === OK) value[u] = roundFloat(value[u]!, node.round.decimals, node.round.mode)
    }
  }

  /** A leaf without noise in this run: its cached column for this normaliser (computed on first use). */
  const cachedLeaf = (n: number, normalise: PluginCall | null): LeafColumn => {
    const cache = leafCache[n]!
    let column = cache.get(normalise)
    if (column === undefined) {
      column = { value: new Float64Array(size), max: new Float64Array(size), logs: null }
      fillLeaf(n, normalise, undefined, column.value, column.max)
      // Bounded: callers that build new call objects for every run recompute instead of growing the cache.
      if (cache.size >= 16) cache.clear()
      cache.set(normalise, column)
    }
    return column
  }

  const run = (parameters: KernelParameters): KernelRun => {
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!
      const override = parameters.normalise?.[n]
      const normalise = override === undefined ? node.normalise : override
      if (node.leaf >= 0) {
        status[n] = leafStatus[node.leaf]!
        const noise = parameters.leafNoise?.[node.leaf]
        if (noise === undefined) {
          const column = cachedLeaf(n, normalise)
          values[n] = column.value
          maxes[n] = column.max
          logs[n] = column.logs
        } else {
          values[n] = ownValues[n]!
          maxes[n] = ownMaxes[n]!
          logs[n] = null
          fillLeaf(n, normalise, noise, ownValues[n]!, ownMaxes[n]!)
        }
        continue
      }
      const aggregator = aggregatorOf(parameters.aggregate?.[n] ?? node.aggregate!)
      const kids = children[n]!
      const weights = childWeights[n]!
      for (let i = 0; i < kids.length; i++) {
        const c = kids[i]!
        weights[i] = nodes[c]!.weight * (parameters.weightFactors?.[c] ?? 1)
        // Geometric means of leaves reuse the logs of the leaves' cached columns.
        if (aggregator.kind === 'geometric' && logs[c] === null && values[c] !== ownValues[c]) {
          const column = cachedLeaf(c, leafCallOf(c, parameters))
          column.logs = Float64Array.from(column.value, (v) => (v > 0 ? portableLog(v) : Number.NaN))
          logs[c] = column.logs
        }
      }
      const out = outs[n]!
      aggregateColumns(aggregator, kids, weights, node.declaredMax, columns, out, scratch)
      finishColumn(node, normalise, out.value, out.max, out.status)
    }
    const root = nodes.length - 1
    const rootValues = values[root]!
    const rootMaxes = maxes[root]!
    const rootStatus = status[root]!
    for (let u = 0; u < size; u++) {
      const v = rootStatus[u] === OK ? rootValues[u]! : Number.NaN
      let x = isPoints ? (v / rootMaxes[u]!) * 100 : v * scale
      if (!Number.isFinite(x)) x = Number.NaN
      else if (parameters.indexShift) x += parameters.indexShift[u]!
      index[u] = x
      keys[u] =
        ranking.on === 'display' && !Number.isNaN(x) ? roundFloat(x, display.decimals, display.mode) : x
    }
    breakerNodes.forEach((n, i) => {
      const column = breakers[i]!
      for (let u = 0; u < size; u++) {
        const v = values[n]![u]!
        const m = maxes[n]![u]!
        column[u] =
          status[n]![u] !== OK ? Number.NaN : Number.isNaN(m) ? v : m === 0 ? Number.NaN : (v / m) * 100
      }
    })
    ranker.rank(ranks)
    return { index, ranks }
  }

  /** The normaliser a leaf runs with in this run. */
  const leafCallOf = (n: number, parameters: KernelParameters): PluginCall | null => {
    const override = parameters.normalise?.[n]
    return override === undefined ? nodes[n]!.normalise : override
  }
  return { data, run }
}

/** The units ranked together, as lists of unit indexes: all units, or each group's (in first-seen order). */
function cohortsOf(groups: ReadonlyArray<string> | null, size: number): number[][] {
  if (groups === null) return [Array.from({ length: size }, (_, u) => u)]
  const byGroup = new Map<string, number[]>()
  groups.forEach((group, u) => {
    const members = byGroup.get(group)
    if (members) members.push(u)
    else byGroup.set(group, [u])
  })
  return [...byGroup.values()]
}
