// A plain walk of a parsed methodology: each node with its parent, weight, aggregator and resolved leaf rule.
// The planner and the float64 simulation kernel read the tree through it.
import {
  builtinPlugin,
  type Dec,
  dec,
  type InputField,
  inputFields,
  type Methodology,
  type MethodologyNode,
  type NodeInfo,
  type Plugin,
  type PluginCall,
  type RuleDefinition,
  resolveOptions,
  type Source,
} from '@chiso/core'

/** One node of the tree as the scenarios see it. */
export interface ModelNode {
  readonly code: string
  readonly title: MethodologyNode['title']
  readonly info: NodeInfo
  readonly parent: ModelNode | null
  readonly children: ModelNode[]
  readonly weight: Dec
  readonly declaredMax: Dec | null
  /** Aggregator id (inner nodes), e.g. `chiso/sum`. */
  readonly aggregate: PluginCall | null
  readonly normalise: PluginCall | null
  readonly round: boolean
  readonly source: Source | undefined
  readonly rule: ResolvedRule | null
}

/** A leaf rule with its options validated and defaults applied. */
export interface ResolvedRule {
  readonly def: RuleDefinition<unknown>
  readonly options: unknown
  readonly fields: Readonly<Record<string, InputField>>
  readonly producesPoints: boolean
}

/** The whole tree: the implicit root (code `$root`), every node by code, the leaves in tree order. */
export interface TreeModel {
  readonly methodology: Methodology
  readonly root: ModelNode
  readonly byCode: ReadonlyMap<string, ModelNode>
  readonly leaves: ReadonlyArray<ModelNode>
  /** Every node, children before parents. */
  readonly postorder: ReadonlyArray<ModelNode>
}

/** Builds the tree model of a parsed (already compiled, hence valid) methodology. */
export function buildTreeModel(methodology: Methodology, plugins: ReadonlyArray<Plugin> = []): TreeModel {
  const rules = new Map<string, RuleDefinition<unknown>>()
  for (const plugin of [builtinPlugin, ...plugins])
    for (const rule of plugin.rules ?? []) rules.set(rule.id, rule)
  const isPoints = methodology.result.type === 'points'
  const defaultAggregate: PluginCall = methodology.aggregate ?? { use: isPoints ? 'chiso/sum' : 'chiso/mean' }
  const byCode = new Map<string, ModelNode>()
  const leaves: ModelNode[] = []
  const postorder: ModelNode[] = []

  const make = (
    node: MethodologyNode | null,
    parent: ModelNode | null,
    path: Array<string | number>,
  ): ModelNode => {
    const declaredMax = node?.max === undefined ? null : dec(node.max)
    const info: NodeInfo = {
      code: node?.code ?? '$root',
      max: declaredMax,
      direction: node?.direction ?? 1,
      path,
    }
    let rule: ResolvedRule | null = null
    if (node?.rule) {
      const def = rules.get(node.rule.use)
      if (def === undefined) throw new RangeError(`rule ${node.rule.use} is not registered`)
      const options = resolveOptions(def, node.rule.with, info, [...path, 'rule', 'with'])
      rule = {
        def,
        options,
        fields: inputFields(def, options),
        producesPoints: (def.meta.produces ?? 'points') === 'points',
      }
    }
    const model: ModelNode = {
      code: info.code,
      title: node?.title ?? methodology.title,
      info,
      parent,
      children: [],
      weight: dec(node?.weight ?? '1'),
      declaredMax,
      aggregate: rule
        ? null
        : node === null
          ? defaultAggregate
          : (node.aggregate ?? { use: isPoints ? 'chiso/sum' : 'chiso/mean' }),
      normalise: node?.normalise ?? null,
      round: node?.round !== undefined,
      source: node?.source,
      rule,
    }
    const children = node === null ? methodology.tree : (node.children ?? [])
    children.forEach((child, index) => {
      const childPath = node === null ? ['tree', index] : [...path, 'children', index]
      model.children.push(make(child, model, childPath))
    })
    if (rule) leaves.push(model)
    if (node !== null) byCode.set(model.code, model)
    postorder.push(model)
    return model
  }
  const root = make(null, null, [])
  return { methodology, root, byCode, leaves, postorder }
}

/** Every leaf under a node (the node itself when it is a leaf). */
export function leavesUnder(node: ModelNode): ModelNode[] {
  if (node.rule) return [node]
  return node.children.flatMap(leavesUnder)
}
