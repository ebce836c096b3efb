// Methodology-specific attacks (test-only): the shapes a generic JSON mutation rarely builds — a tree that
// contains itself, a chain of nodes thousands of levels deep, tens of thousands of siblings, every code the same.

import { cloneJson } from '@chiso/test-support'
import * as fc from 'fast-check'

/** One attack on a methodology document's tree. */
export interface TreeAttack {
  readonly kind: 'cycle' | 'deep' | 'wide' | 'same-codes' | 'none'
  readonly at: number
  readonly size: number
}

/** Attacks, mostly `none` so the generic mutations keep most of the cases. */
export const treeAttackArb: fc.Arbitrary<TreeAttack> = fc
  .record({
    kind: fc.constantFrom<TreeAttack['kind']>('none', 'none', 'none', 'cycle', 'deep', 'wide', 'same-codes'),
    at: fc.nat(1_000),
    size: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1_000, max: 40_000 })),
  })
  .map((attack) =>
    // Tens of thousands of siblings are legal and take a second to compile: keep wide trees to thousands.
    attack.kind === 'wide' ? { ...attack, size: Math.min(attack.size, 3_000) } : attack,
  )

type Node = Record<string, unknown> & { children?: Node[] }

/** Applies the attack to a copy of a methodology document (plain data with a `tree` of nodes). */
export function attackTree(document: unknown, attack: TreeAttack): unknown {
  if (attack.kind === 'none' || typeof document !== 'object' || document === null) return document
  const copy = cloneJson(document) as { tree?: unknown }
  if (!Array.isArray(copy.tree) || copy.tree.length === 0) return copy
  const tree = copy.tree as Node[]
  const nodes = nodesOf(tree)
  const node = nodes[attack.at % Math.max(1, nodes.length)]
  if (node === undefined) return copy
  switch (attack.kind) {
    case 'cycle':
      // The node's children are the top-level list, which holds the node itself (or an ancestor).
      node.children = tree
      delete node.rule
      break
    case 'deep': {
      let chain: Node = { code: 'deep-leaf', title: 'Deep leaf', max: '1', rule: { use: 'chiso/points' } }
      for (let i = 0; i < attack.size; i++) chain = { code: `deep-${i}`, title: 'Deep', children: [chain] }
      tree.push(chain)
      break
    }
    case 'wide': {
      const siblings: Node[] = []
      for (let i = 0; i < attack.size; i++)
        siblings.push({ code: `wide-${i}`, title: 'Wide', max: '1', rule: { use: 'chiso/points' } })
      tree.push({ code: 'wide', title: 'Wide', children: siblings })
      break
    }
    case 'same-codes':
      for (const each of nodes) each.code = 'same'
      break
  }
  return copy
}

function nodesOf(tree: Node[]): Node[] {
  const out: Node[] = []
  const stack = [...tree]
  while (stack.length > 0 && out.length < 10_000) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue
    out.push(node)
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return out
}
