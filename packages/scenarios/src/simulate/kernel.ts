// The float64 simulation kernel: the methodology's tree compiled into column operations over all units.
// It starts from the leaf values the exact engine computed (rules are not re-run) and repeats everything
// above them — normalisation, rounding, aggregation, ranking — with the run's sampled parameters.
import {
  ChisoError,
  type CompiledModel,
  type Methodology,
  type PluginCall,
  type ResolvedItem,
  type Rounding,
  type Scorecard,
} from '@chiso/core'
import {
  type FloatAggregator,
  type FloatNormaliser,
  floatAggregator,
  floatNormaliser,
  roundFloat,
} from './float-steps.js'

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

/** The result of one kernel run: each unit's index (NaN = unranked) and rank (0 = unranked). */
export interface KernelRun {
  readonly index: Float64Array
  readonly ranks: Int32Array
}

/** A compiled kernel: evaluates one run of the whole tree over all units. */
export interface Kernel {
  readonly data: KernelData
  run(parameters: KernelParameters): KernelRun
}

const normaliserCache = new Map<string, FloatNormaliser | null>()
const aggregatorCache = new Map<string, FloatAggregator | null>()

/** The float64 version of a plugin call, built once per distinct call; a `ChisoError` when there is none. */
function floatStepOf<T>(
  kind: 'normaliser' | 'aggregator',
  call: PluginCall,
  cache: Map<string, T | null>,
  build: (use: string, options: PluginCall['with']) => T | null,
  node?: string,
): T {
  const key = JSON.stringify(call)
  let found = cache.get(key)
  if (found === undefined) {
    found = build(call.use, call.with)
    cache.set(key, found)
  }
  if (found === null)
    throw new ChisoError(
      'UNKNOWN_PLUGIN_ITEM',
      `${node === undefined ? '' : `node "${node}": `}the simulation kernel has no float64 version of the ${kind} "${call.use}"`,
      {
        hint: `simulations run the built-in normalisers and aggregators in float64; rules from any plugin simulate (their values come from the exact engine), but a plugin's ${kind} cannot`,
      },
    )
  return found
}

const normaliserOf = (call: PluginCall, node?: string) =>
  floatStepOf('normaliser', call, normaliserCache, floatNormaliser, node)
const aggregatorOf = (call: PluginCall, node?: string) =>
  floatStepOf('aggregator', call, aggregatorCache, floatAggregator, node)

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
  const values = nodes.map(() => new Float64Array(size))
  const maxes = nodes.map(() => new Float64Array(size))
  const status = nodes.map(() => new Uint8Array(size))
  const childValues: number[] = []
  const childWeights: number[] = []
  const rankingCohorts = cohortsOf(data.groups, size)

  const run = (parameters: KernelParameters): KernelRun => {
    nodes.forEach((node, n) => {
      const value = values[n]!
      const max = maxes[n]!
      const state = status[n]!
      if (node.leaf >= 0) {
        const raw = data.leafValues[node.leaf]!
        const rawStatus = data.leafStatus[node.leaf]!
        const noise = parameters.leafNoise?.[node.leaf]
        for (let u = 0; u < size; u++) {
          state[u] = rawStatus[u]!
          let v = raw[u]!
          if (noise !== undefined && state[u] === OK) {
            v += noise[u]!
            if (node.producesPoints)
              v = Math.min(Math.max(v, 0), Number.isNaN(node.declaredMax) ? v : node.declaredMax)
          }
          value[u] = state[u] === OK ? v : Number.NaN
          max[u] = node.producesPoints ? node.declaredMax : Number.NaN
        }
      } else {
        const call = parameters.aggregate?.[n] ?? node.aggregate!
        const aggregate = aggregatorOf(call)
        const additive = call.use === 'chiso/sum'
        for (let u = 0; u < size; u++) {
          childValues.length = 0
          childWeights.length = 0
          let anyError = false
          let allNa = true
          let maxSum = 0
          for (const c of node.children) {
            const s = status[c]![u]!
            if (s === ERROR) anyError = true
            if (s !== NA) allNa = false
            if (s !== OK) continue
            const w = nodes[c]!.weight * (parameters.weightFactors?.[c] ?? 1)
            if (w === 0 && !additive) continue
            childValues.push(values[c]![u]!)
            childWeights.push(w)
            maxSum += maxes[c]![u]!
          }
          if (anyError) state[u] = ERROR
          else if (childValues.length === 0) state[u] = allNa ? NA : MISSING
          else state[u] = OK
          let result = state[u] === OK ? aggregate(childValues, childWeights) : Number.NaN
          if (state[u] === OK && Number.isNaN(result)) state[u] = ERROR
          let m = Number.NaN
          if (additive && state[u] === OK && !Number.isNaN(maxSum)) {
            m = Number.isNaN(node.declaredMax) ? maxSum : Math.min(maxSum, node.declaredMax)
            if (result > m) result = m
          }
          value[u] = result
          max[u] = m
        }
      }
      const normalise = parameters.normalise?.[n] === undefined ? node.normalise : parameters.normalise[n]
      if (normalise) {
        for (let u = 0; u < size; u++) if (state[u] !== OK) value[u] = Number.NaN
        normaliserOf(normalise)(value, node.direction)
        max.fill(Number.NaN)
      }
      if (node.round) {
        for (let u = 0; u < size; u++)
          if (state[u] === OK) value[u] = roundFloat(value[u]!, node.round.decimals, node.round.mode)
      }
    })
    const root = nodes.length - 1
    const index = new Float64Array(size)
    const keys = new Float64Array(size)
    for (let u = 0; u < size; u++) {
      const v = status[root]![u] === OK ? values[root]![u]! : Number.NaN
      let x = isPoints ? (v / maxes[root]![u]!) * 100 : v * scale
      if (!Number.isFinite(x)) x = Number.NaN
      else if (parameters.indexShift) x += parameters.indexShift[u]!
      index[u] = x
      keys[u] =
        ranking.on === 'display' && !Number.isNaN(x) ? roundFloat(x, display.decimals, display.mode) : x
    }
    const breakers = breakerNodes.map((n) =>
      Float64Array.from({ length: size }, (_, u) => {
        const v = values[n]![u]!
        const m = maxes[n]![u]!
        return status[n]![u] !== OK ? Number.NaN : Number.isNaN(m) ? v : m === 0 ? Number.NaN : (v / m) * 100
      }),
    )
    const ranks = new Int32Array(size)
    for (const members of rankingCohorts) rankFloat(keys, breakers, ranking, units, members, ranks)
    return { index, ranks }
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

/**
 * Ranks the `members` like the engine's rankUnits (competition, dense, ordinal; tie-breakers; ordinal ties by
 * code), writing into `ranks` (0 = unranked).
 */
function rankFloat(
  keys: Float64Array,
  breakers: ReadonlyArray<Float64Array>,
  ranking: Methodology['ranking'],
  codes: ReadonlyArray<string>,
  members: ReadonlyArray<number>,
  ranks: Int32Array,
): void {
  const orders = ranking.tieBreakers.map((breaker) => breaker.order)
  // Values the exact engine finds equal (sums of thirds, say) can differ in the last bits of a float64: keys
  // within a relative 1e-11 count as tied, far below any published digit.
  const close = (x: number, y: number) =>
    x === y || Math.abs(x - y) <= 1e-11 * Math.max(1, Math.abs(x), Math.abs(y))
  const compareKeys = (a: number, b: number): number => {
    if (!close(keys[a]!, keys[b]!)) return keys[b]! - keys[a]!
    for (let i = 0; i < breakers.length; i++) {
      const x = breakers[i]![a]!
      const y = breakers[i]![b]!
      if (close(x, y) || (Number.isNaN(x) && Number.isNaN(y))) continue
      if (Number.isNaN(x)) return 1
      if (Number.isNaN(y)) return -1
      return orders[i] === 'asc' ? x - y : y - x
    }
    return 0
  }
  const positions = members.filter((u) => !Number.isNaN(keys[u]!))
  positions.sort((a, b) => compareKeys(a, b) || (codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : 0))
  let rank = 0
  positions.forEach((u, position) => {
    const tied = position > 0 && compareKeys(positions[position - 1]!, u) === 0
    if (ranking.method === 'ordinal' || !tied) rank = ranking.method === 'dense' ? rank + 1 : position + 1
    ranks[u] = rank
  })
}
