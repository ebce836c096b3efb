import type { MethodologyNode } from '../schema/node.js'

/**
 * One node of a methodology tree without its children, with where it sits: its parent's code (`null` for
 * a top-level area) and its position among its siblings.
 */
export interface FlatNode {
  readonly node: Omit<MethodologyNode, 'children'>
  readonly parent: string | null
  readonly index: number
}

/** Every node of a tree by code, children detached, in depth-first order. */
export function flattenTree(tree: ReadonlyArray<MethodologyNode>): Map<string, FlatNode> {
  const out = new Map<string, FlatNode>()
  const visit = (nodes: ReadonlyArray<MethodologyNode>, parent: string | null) => {
    nodes.forEach((node, index) => {
      const { children, ...rest } = node
      out.set(node.code, { node: rest, parent, index })
      if (children) visit(children, node.code)
    })
  }
  visit(tree, null)
  return out
}

/** Rebuilds a tree from flat nodes: children ordered by `index`, `children` present only when non-empty. */
export function buildTree(flat: ReadonlyMap<string, FlatNode>): MethodologyNode[] {
  const byParent = new Map<string | null, FlatNode[]>()
  for (const entry of flat.values()) {
    const siblings = byParent.get(entry.parent) ?? []
    siblings.push(entry)
    byParent.set(entry.parent, siblings)
  }
  const build = (parent: string | null, seen: ReadonlySet<string>): MethodologyNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.index - b.index)
      .map((entry) => {
        if (seen.has(entry.node.code)) throw new RangeError(`the tree has a cycle at "${entry.node.code}"`)
        const children = build(entry.node.code, new Set([...seen, entry.node.code]))
        return children.length > 0 ? { ...entry.node, children } : { ...entry.node }
      })
  return build(null, new Set())
}
