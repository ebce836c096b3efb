// The uncertain inputs of a simulation as dimensions of a unit hypercube: each run (or Saltelli row) is a
// vector of uniforms, decoded here into the run's parameters. Dimensions are grouped into factors (all
// weights under one node, one alternative, all survey errors, all peer improvements) for sensitivity.
import type { PluginCall } from '@chiso/core'
// ChisoError from its own entry point: worker threads run this file and must not load the engine and zod.
import { ChisoError } from '@chiso/core/errors'
import type { KernelData, KernelParameters } from './kernel.js'
import { normalQuantile } from './random.js'
import type { SimulationSpec } from './spec.js'

/** One uniform dimension and what it drives. */
export type Dimension =
  | { readonly kind: 'weight'; readonly factor: string; readonly node: number; readonly noise: number }
  | {
      readonly kind: 'survey'
      readonly factor: string
      readonly leaf: number
      readonly unit: number
      readonly se: number
    }
  | { readonly kind: 'peer'; readonly factor: string; readonly unit: number }
  | { readonly kind: 'alternative'; readonly factor: string; readonly entry: number }

/**
 * The sampled parameters of one run: readable, and enough to replay it with `replayRun`.
 *
 * @example
 * ```ts
 * const run: RunParameters = {
 *   weights: { transparency: 1.13, entry_costs: 0.82 }, alternatives: [1],
 *   peers: { 'ha-noi': 0.41 }, survey: { 'nga-son:6.1': -0.12 },
 * }
 * ```
 *
 * @category Simulation
 */
export interface RunParameters {
  /** Weight factor by node code (only nodes whose weight was perturbed). */
  readonly weights: Readonly<Record<string, number>>
  /** The choice taken for each alternatives entry (index into its list). */
  readonly alternatives: ReadonlyArray<number>
  /** Index improvement by unit code. */
  readonly peers: Readonly<Record<string, number>>
  /** Survey sampling error by `unit:leaf`, in the leaf's points. */
  readonly survey: Readonly<Record<string, number>>
}

/** The simulation design: its dimensions, their factors, and how to turn parameters into kernel inputs. */
export interface Design {
  readonly dimensions: ReadonlyArray<Dimension>
  /** Factor names in order of first appearance. */
  readonly factors: ReadonlyArray<string>
  decode(uniforms: ArrayLike<number>): RunParameters
  toKernel(parameters: RunParameters): KernelParameters
  /**
   * The kernel's parameters straight from a run's uniforms, the same as `toKernel(decode(uniforms))`, written
   * into buffers allocated once per design: valid until the next call.
   */
  kernelOf(uniforms: ArrayLike<number>): KernelParameters
}

function selectNodes(
  data: KernelData,
  which: 'leaves' | 'inner' | 'all' | string[],
  path: Array<string | number>,
): number[] {
  const root = data.nodes.length - 1
  if (which === 'leaves') return data.nodes.flatMap((node, n) => (node.leaf >= 0 ? [n] : []))
  if (which === 'inner') return data.nodes.flatMap((node, n) => (node.leaf < 0 && n !== root ? [n] : []))
  if (which === 'all') return data.nodes.flatMap((_, n) => (n !== root ? [n] : []))
  return which.map((code, i) => {
    const n = data.nodes.findIndex((node) => node.code === code)
    if (n < 0)
      throw new ChisoError('NOT_FOUND', `no node "${code}" in the methodology`, { path: [...path, i] })
    return n
  })
}

const ignoresWeights = (aggregator: string | undefined) =>
  aggregator === 'chiso/sum' || aggregator === 'chiso/min'

/**
 * Adds one survey dimension per unit and leaf given a standard error: leaves in the tree's order, units in the
 * order of their codes, so the draws do not depend on the order of the errors table.
 */
function addSurveyErrors(
  data: KernelData,
  errors: ReadonlyArray<{ unit: string; node: string; se: string }>,
  byCode: ReadonlyArray<number>,
  dimensions: Dimension[],
): void {
  const given = new Map<string, number>()
  errors.forEach((entry, i) => {
    const node = data.nodes.find((candidate) => candidate.code === entry.node)
    const path = ['survey', 'errors', i]
    if (!node)
      throw new ChisoError('NOT_FOUND', `no node "${entry.node}" in the methodology`, {
        path: [...path, 'node'],
      })
    if (node.leaf < 0)
      throw new ChisoError(
        'INVALID_SIMULATION_SPEC',
        `"${entry.node}" is not a leaf: survey errors apply to leaves`,
        {
          path: [...path, 'node'],
        },
      )
    if (node.producesPoints)
      throw new ChisoError(
        'INVALID_SIMULATION_SPEC',
        `"${entry.node}" gives points: a survey table's standard errors are in the indicator's own unit, for leaves whose value is the indicator (chiso/value)`,
        { path: [...path, 'node'], hint: 'use survey: { n } or { se } for points methodologies' },
      )
    if (!data.units.includes(entry.unit))
      throw new ChisoError('NOT_FOUND', `the data has no unit "${entry.unit}"`, {
        path: [...path, 'unit'],
        reason: { code: 'not-found.unit', params: { holder: 'data', unit: entry.unit } },
      })
    given.set(`${entry.unit}\u0000${entry.node}`, Number(entry.se))
  })
  for (const node of data.nodes) {
    if (node.leaf < 0) continue
    for (const unit of byCode) {
      const se = given.get(`${data.units[unit]}\u0000${node.code}`)
      if (se === undefined || !(se > 0) || Number.isNaN(data.leafValues[node.leaf]![unit]!)) continue
      dimensions.push({ kind: 'survey', factor: 'survey', leaf: node.leaf, unit, se })
    }
  }
}

/** Builds the design of a spec over a kernel's data. `surveyLeaves` are the leaf indexes of survey results. */
export function createDesign(
  data: KernelData,
  spec: SimulationSpec,
  surveyLeaves: ReadonlyArray<number>,
): Design {
  const dimensions: Dimension[] = []
  const parentOf = new Map<number, number>()
  data.nodes.forEach((node, n) => {
    for (const c of node.children) parentOf.set(c, n)
  })
  const focus = spec.unit === undefined ? -1 : data.units.indexOf(spec.unit)
  // Units' dimensions in the order of their codes, not of the input: each unit gets the same draws whatever
  // order the dataset lists the units in.
  const byCode = data.units
    .map((_, unit) => unit)
    .sort((a, b) => compareCodes(data.units[a]!, data.units[b]!))
  if (spec.unit !== undefined && focus < 0)
    throw new ChisoError('NOT_FOUND', `the data has no unit "${spec.unit}"`, {
      path: ['unit'],
      reason: { code: 'not-found.unit', params: { holder: 'data', unit: spec.unit } },
    })

  if (spec.weights && Number(spec.weights.noise) > 0) {
    const noise = Number(spec.weights.noise)
    const named = Array.isArray(spec.weights.nodes)
    let moved = 0
    selectNodes(data, spec.weights.nodes, ['weights', 'nodes']).forEach((n, i) => {
      const parent = data.nodes[parentOf.get(n)!]!
      // A sum or a minimum ignores its children's weights: noise on them would move nothing.
      if (ignoresWeights(parent.aggregate?.use)) {
        if (named)
          throw new ChisoError(
            'INVALID_SIMULATION_SPEC',
            `weight noise on "${data.nodes[n]!.code}" moves nothing: its parent aggregates with ${parent.aggregate!.use}, which ignores weights`,
            { path: ['weights', 'nodes', i] },
          )
        return
      }
      moved++
      dimensions.push({ kind: 'weight', factor: `weights:${parent.code}`, node: n, noise })
    })
    if (moved === 0)
      throw new ChisoError(
        'INVALID_SIMULATION_SPEC',
        'weight noise moves nothing: every node it applies to is aggregated with chiso/sum or chiso/min, which ignore weights',
        {
          path: ['weights'],
          hint: 'leave weights out of the spec, or simulate a methodology that weights its children (chiso/mean…)',
        },
      )
  }
  spec.alternatives.forEach((_, entry) => {
    dimensions.push({ kind: 'alternative', factor: `alternative:${entry}`, entry })
  })
  const alternativeNodes = spec.alternatives.map((entry, i) =>
    selectNodes(data, entry.nodes, ['alternatives', i, 'nodes']),
  )
  if (spec.survey?.errors) addSurveyErrors(data, spec.survey.errors, byCode, dimensions)
  else if (spec.survey) {
    const leaves = spec.survey.nodes
      ? selectNodes(data, spec.survey.nodes, ['survey', 'nodes'])
          .map((n) => data.nodes[n]!.leaf)
          .filter((l) => l >= 0)
      : surveyLeaves
    for (const leaf of leaves) {
      const node = data.nodes.find((candidate) => candidate.leaf === leaf)!
      const max = Number.isNaN(node.declaredMax) ? 1 : node.declaredMax
      byCode.forEach((unit) => {
        const value = data.leafValues[leaf]![unit]!
        if (Number.isNaN(value)) return
        let se: number
        if (spec.survey!.se !== undefined) se = Number(spec.survey!.se) * max
        else {
          const p = Math.min(Math.max(value / max, 0), 1)
          se = max * Math.sqrt((p * (1 - p)) / spec.survey!.n!)
        }
        if (se > 0) dimensions.push({ kind: 'survey', factor: 'survey', leaf, unit, se })
      })
    }
  }
  if (spec.peers) {
    byCode.forEach((unit) => {
      if (unit !== focus) dimensions.push({ kind: 'peer', factor: 'peers', unit })
    })
  }
  const factors = [...new Set(dimensions.map((d) => d.factor))]
  const peers = spec.peers
  // Each dimension's key in the run's parameters, built once.
  const keyOf = dimensions.map((dimension): string => {
    if (dimension.kind === 'weight') return data.nodes[dimension.node]!.code
    if (dimension.kind === 'survey')
      return `${data.units[dimension.unit]}:${data.nodes.find((node) => node.leaf === dimension.leaf)!.code}`
    if (dimension.kind === 'peer') return data.units[dimension.unit]!
    return ''
  })
  const alternativeCounts = spec.alternatives.map(
    (entry) => (entry.normalise?.length ?? 1) * (entry.aggregate?.length ?? 1),
  )
  const weightOf = (dimension: Dimension & { kind: 'weight' }, u: number) =>
    1 - dimension.noise + 2 * dimension.noise * u
  const choiceOf = (dimension: Dimension & { kind: 'alternative' }, u: number) => {
    const count = alternativeCounts[dimension.entry]!
    return Math.min(count - 1, Math.floor(u * count))
  }
  const peerShiftOf = (u: number) =>
    peers!.distribution === 'normal'
      ? Number(peers!.mean) + Number(peers!.sd) * normalQuantile(u)
      : Number(peers!.min) + (Number(peers!.max) - Number(peers!.min)) * u

  const decode = (uniforms: ArrayLike<number>): RunParameters => {
    const weights: Record<string, number> = {}
    const alternatives: number[] = []
    const peerShifts: Record<string, number> = {}
    const survey: Record<string, number> = {}
    dimensions.forEach((dimension, d) => {
      const u = uniforms[d]!
      const key = keyOf[d]!
      switch (dimension.kind) {
        case 'weight':
          weights[key] = weightOf(dimension, u)
          break
        case 'alternative':
          alternatives.push(choiceOf(dimension, u))
          break
        case 'survey':
          survey[key] = dimension.se * normalQuantile(u)
          break
        case 'peer':
          peerShifts[key] = peerShiftOf(u)
          break
      }
    })
    return { weights, alternatives, peers: peerShifts, survey }
  }

  const codeIndex = new Map(data.nodes.map((node, n) => [node.code, n]))
  const unitIndex = new Map(data.units.map((code, u) => [code, u]))
  const toKernel = (parameters: RunParameters): KernelParameters => {
    const size = data.units.length
    const weightFactors = new Float64Array(data.nodes.length).fill(1)
    for (const [code, factor] of Object.entries(parameters.weights))
      weightFactors[codeIndex.get(code)!] = factor
    const normalise: Array<PluginCall | null | undefined> = data.nodes.map(() => undefined)
    const aggregate: Array<PluginCall | undefined> = data.nodes.map(() => undefined)
    parameters.alternatives.forEach((choice, i) => {
      const entry = spec.alternatives[i]!
      const normalisers = entry.normalise?.length ?? 1
      for (const n of alternativeNodes[i]!) {
        if (entry.normalise) normalise[n] = entry.normalise[choice % normalisers]!
        if (entry.aggregate && data.nodes[n]!.leaf < 0)
          aggregate[n] = entry.aggregate[Math.floor(choice / normalisers)]!
      }
    })
    let leafNoise: Array<Float64Array | undefined> | undefined
    for (const [key, delta] of Object.entries(parameters.survey)) {
      const split = key.lastIndexOf(':')
      const unit = unitIndex.get(key.slice(0, split))!
      const leaf = data.nodes[codeIndex.get(key.slice(split + 1))!]!.leaf
      leafNoise ??= data.leafValues.map(() => undefined)
      const column = leafNoise[leaf] ?? new Float64Array(size)
      leafNoise[leaf] = column
      column[unit] = delta
    }
    let indexShift: Float64Array | undefined
    if (Object.keys(parameters.peers).length > 0) {
      indexShift = new Float64Array(size)
      for (const [code, shift] of Object.entries(parameters.peers)) indexShift[unitIndex.get(code)!] = shift
    }
    return {
      weightFactors,
      normalise,
      aggregate,
      ...(leafNoise ? { leafNoise } : {}),
      ...(indexShift ? { indexShift } : {}),
    }
  }
  // kernelOf's buffers: the slots a design writes are the same in every run, so nothing needs clearing.
  const size = data.units.length
  const direct = {
    weightFactors: new Float64Array(data.nodes.length).fill(1),
    normalise: data.nodes.map((): PluginCall | null | undefined => undefined),
    aggregate: data.nodes.map((): PluginCall | undefined => undefined),
    leafNoise: data.leafValues.map((): Float64Array | undefined => undefined),
    indexShift: new Float64Array(size),
  }
  const surveyDimensions = dimensions.filter((d) => d.kind === 'survey')
  for (const dimension of surveyDimensions) direct.leafNoise[dimension.leaf] ??= new Float64Array(size)
  const kernelParameters: KernelParameters = {
    weightFactors: direct.weightFactors,
    normalise: direct.normalise,
    aggregate: direct.aggregate,
    ...(surveyDimensions.length > 0 ? { leafNoise: direct.leafNoise } : {}),
    ...(dimensions.some((d) => d.kind === 'peer') ? { indexShift: direct.indexShift } : {}),
  }
  const kernelOf = (uniforms: ArrayLike<number>): KernelParameters => {
    dimensions.forEach((dimension, d) => {
      const u = uniforms[d]!
      switch (dimension.kind) {
        case 'weight':
          direct.weightFactors[dimension.node] = weightOf(dimension, u)
          break
        case 'alternative': {
          const choice = choiceOf(dimension, u)
          const entry = spec.alternatives[dimension.entry]!
          const normalisers = entry.normalise?.length ?? 1
          for (const n of alternativeNodes[dimension.entry]!) {
            if (entry.normalise) direct.normalise[n] = entry.normalise[choice % normalisers]!
            if (entry.aggregate && data.nodes[n]!.leaf < 0)
              direct.aggregate[n] = entry.aggregate[Math.floor(choice / normalisers)]!
          }
          break
        }
        case 'survey':
          direct.leafNoise[dimension.leaf]![dimension.unit] = dimension.se * normalQuantile(u)
          break
        case 'peer':
          direct.indexShift[dimension.unit] = peerShiftOf(u)
          break
      }
    })
    return kernelParameters
  }
  return { dimensions, factors, decode, toKernel, kernelOf }
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
