import type { Dec } from '../decimal/decimal.js'
import type { ChisoIssue, JsonPath } from '../errors/chiso-error.js'
import type {
  AggregatorDefinition,
  InputField,
  NodeInfo,
  NormaliserDefinition,
  RuleDefinition,
} from '../plugin/contract.js'
import type { LocalizedText } from '../schema/localized-text.js'
import type { MissingPolicy, Rounding, Source } from '../schema/node.js'
import type { ExplicitMethodology } from './explicit-methodology.js'

/**
 * A plugin item resolved at compile time: its definition, its validated options (defaults applied) and a JSON
 * copy of them for traces.
 *
 * @example
 * ```ts
 * const item: ResolvedItem<AggregatorDefinition<unknown>> = compiled.model.root.aggregate!
 * item.def.id // 'chiso/sum'
 * ```
 *
 * @category Compiled model
 */
export interface ResolvedItem<D> {
  readonly def: D
  readonly options: unknown
  readonly traceOptions: Readonly<Record<string, unknown>>
}

/**
 * A leaf's rule, resolved: the item, the input fields it reads (with their kinds) and whether it yields
 * points (bounded by the leaf's `max`) or a plain value.
 *
 * @example
 * ```ts
 * const rule: ResolvedRule = compiled.model.leaves[0]!.rule!
 * rule.fields // { value: { kind: 'boolean' } } for chiso/yes-no
 * ```
 *
 * @category Compiled model
 */
export interface ResolvedRule extends ResolvedItem<RuleDefinition<unknown>> {
  readonly fields: Readonly<Record<string, InputField>>
  readonly producesPoints: boolean
}

/**
 * One node of a {@link CompiledModel}. Nodes are stored in post-order (children before parents), so walking
 * them in array order computes every child before its parent; `parent` and `children` are positions in that
 * array. Every field is decided: defaults were applied once, by {@link explicitMethodology}.
 *
 * @example
 * ```ts
 * const area = compiled.model.byCode.get('1')!
 * compiled.model.nodes[area.parent] === compiled.model.root // true for a top-level area
 * area.children.map((i) => compiled.model.nodes[i]!.code)   // ['1.1', '1.2']
 * ```
 *
 * @category Compiled model
 */
export interface CompiledNode {
  /** Position in post-order. */
  readonly index: number
  readonly code: string
  readonly title: LocalizedText
  /** Where the node is in the methodology (`tree[2].children[0]`); `[]` for the root. */
  readonly path: JsonPath
  /** What plugin items are told about the node. */
  readonly info: NodeInfo
  /** Position of the parent, or -1 for the root. */
  readonly parent: number
  /** Positions of the children, in declared order (empty for a leaf). */
  readonly children: ReadonlyArray<number>
  /** 0 for the root, 1 for the areas… */
  readonly depth: number
  readonly weight: Dec
  /** The node's `max`, or null when it declares none. */
  readonly declaredMax: Dec | null
  /** The missing-data policy of a leaf (inherited from the nearest ancestor that declares one). */
  readonly missing: MissingPolicy
  readonly source?: Source
  /** A leaf's rule. */
  readonly rule?: ResolvedRule
  /** An inner node's aggregator (the root's included). */
  readonly aggregate?: ResolvedItem<AggregatorDefinition<unknown>>
  /** A leaf's denomination: value × scale ÷ the data column `by`. */
  readonly denominate?: { readonly by: string; readonly scale: Dec }
  /** A leaf's imputation of missing values over the cohort (a normaliser of stage `impute`). */
  readonly impute?: ResolvedItem<NormaliserDefinition<unknown>>
  /** A leaf's outlier treatment over the screened cohort (a normaliser of stage `treat`). */
  readonly treat?: ResolvedItem<NormaliserDefinition<unknown>>
  /** The cohort step over all units, when the node has one. */
  readonly normalise?: ResolvedItem<NormaliserDefinition<unknown>>
  /** An aggregate's data-availability threshold: a share or a count of its applicable children. */
  readonly minPresent?: { readonly share: Dec } | { readonly count: number }
  /** Whether units are ranked on this node too (`ranked: true`). */
  readonly ranked?: boolean
  /** Rounding of the node's value before its parent reads it. */
  readonly round?: Rounding
}

/**
 * A methodology compiled by an engine, read-only and shared by everything that scores it: the engine's
 * evaluation, the incremental session, what-if, the rank planner and the simulation kernel. Plugins were
 * resolved once, by the engine that compiled it, so a methodology whose rules come from a plugin plans and
 * simulates with the plugins given to `createEngine` alone.
 *
 * @example
 * ```ts
 * const model: CompiledModel = createEngine().compile(methodology).model
 * model.root.code                       // '$root'
 * model.leaves.map((leaf) => leaf.code) // every leaf, in tree order
 * model.nodes.at(-1) === model.root     // true: evaluation order, children first
 * ```
 *
 * @category Compiled model
 */
export interface CompiledModel {
  /** The explicit methodology it was compiled from (the form that is fingerprinted). */
  readonly methodology: ExplicitMethodology
  /** Every node in evaluation order (post-order, the root last). */
  readonly nodes: ReadonlyArray<CompiledNode>
  /** The implicit root that combines the areas (code `$root`); it never appears in scorecards. */
  readonly root: CompiledNode
  /** Every node but the root, by code. */
  readonly byCode: ReadonlyMap<string, CompiledNode>
  /** Every node but the root in tree order (pre-order): the order of a scorecard's `nodes`. */
  readonly treeOrder: ReadonlyArray<CompiledNode>
  /** Every leaf, in tree order. */
  readonly leaves: ReadonlyArray<CompiledNode>
  /** The data columns (denominators) observations may name besides leaves. */
  readonly columns?: ReadonlySet<string>
  /** Screening of units by data availability before the cohort steps. */
  readonly screen?: {
    /** The least share of indicators with a value; `null`: not screened by missing values. */
    readonly minShare: Dec | null
    /** The least share of non-zero values among those present; `null`: not screened by zeros. */
    readonly minNonZeroShare: Dec | null
  }
  /**
   * True when a leaf denominates, imputes or treats, or the methodology screens: leaves are then evaluated
   * together, before any cohort step (see evaluation.ts).
   */
  readonly pipeline?: boolean
  /** Problems that do not prevent scoring (deprecated items), each with its path. */
  readonly warnings: ReadonlyArray<ChisoIssue & { path: JsonPath }>
}

/**
 * Code of the implicit root node that combines the top-level areas. It never appears in scorecards.
 *
 * @example
 * ```ts
 * createEngine().compile(methodology).model.root.code === ROOT_CODE // true
 * ```
 *
 * @category Compiled model
 */
export const ROOT_CODE = '$root'

/**
 * Every leaf under a node of a compiled model, in tree order (the node itself when it is a leaf).
 *
 * @example
 * ```ts
 * leavesUnder(compiled.model, compiled.model.byCode.get('1')!).map((leaf) => leaf.code) // ['1.1', '1.2']
 * ```
 *
 * @category Compiled model
 */
export function leavesUnder(model: CompiledModel, node: CompiledNode): CompiledNode[] {
  if (node.rule) return [node]
  return node.children.flatMap((child) => leavesUnder(model, model.nodes[child]!))
}

/**
 * A node's ancestry in a compiled model: the root first, the node itself last.
 *
 * @example
 * ```ts
 * pathFromRoot(compiled.model, compiled.model.byCode.get('1.2')!).map((node) => node.code)
 * // ['$root', '1', '1.2']
 * ```
 *
 * @category Compiled model
 */
export function pathFromRoot(model: CompiledModel, node: CompiledNode): CompiledNode[] {
  const chain: CompiledNode[] = []
  for (let at: CompiledNode | undefined = node; at !== undefined; at = model.nodes[at.parent])
    chain.unshift(at)
  return chain
}
