// Random edits of a methodology, for the versioning property tests (not exported from the package).

import type { Methodology, MethodologyInput, MethodologyNode } from '@chiso/core'
import * as fc from 'fast-check'

/** One edit: which kind, and numbers that pick the nodes it applies to. */
export type Mutation = { kind: (typeof KINDS)[number]; pick: number; other: number; value: number }

const KINDS = [
  'retitle',
  'max',
  'weight',
  'rule-options',
  'rule',
  'shuffle',
  'move',
  'remove',
  'add',
  'display',
  'bands',
  'missing',
] as const

/** A list of up to `max` random edits. */
export function mutationsArb(max = 4): fc.Arbitrary<Mutation[]> {
  return fc.array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      pick: fc.nat(1000),
      other: fc.nat(1000),
      value: fc.integer({ min: 1, max: 99 }),
    }),
    { maxLength: max },
  )
}

type Editable = MethodologyNode & { children?: Editable[] }

/** Applies the edits to a copy of the methodology (the input is not changed). */
export function mutate(methodology: Methodology, mutations: ReadonlyArray<Mutation>): MethodologyInput {
  const copy = JSON.parse(JSON.stringify(methodology)) as Methodology & { tree: Editable[] }
  let added = 0
  for (const m of mutations) {
    const all = nodesOf(copy.tree)
    const node = all[m.pick % all.length]!
    switch (m.kind) {
      case 'retitle':
        node.title = `${typeof node.title === 'string' ? node.title : 'Node'} (${m.value})`
        break
      case 'max':
        node.max = String(m.value)
        break
      case 'weight':
        node.weight = String(m.value)
        break
      case 'rule-options':
        if (node.rule?.use === 'chiso/points') node.rule = { use: 'chiso/yes-no', with: { points: '0' } }
        else if (node.rule) node.rule = { use: node.rule.use, with: { ...node.rule.with, probe: m.value } }
        else node.description = `guidance ${m.value}`
        break
      case 'rule':
        if (node.rule) node.rule = { use: node.rule.use === 'chiso/points' ? 'chiso/value' : 'chiso/points' }
        break
      case 'shuffle': {
        const list = node.children ?? copy.tree
        if (list.length > 1) list.push(list.splice(m.other % list.length, 1)[0]!)
        break
      }
      case 'move': {
        const parents = all.filter((p) => p.children && !contains(node, p))
        const from = parentList(copy.tree, node)
        if (from.length < 2 || parents.length === 0) break
        from.splice(from.indexOf(node), 1)
        const target = parents[m.other % parents.length]!.children!
        target.splice(m.value % (target.length + 1), 0, node)
        break
      }
      case 'remove': {
        const from = parentList(copy.tree, node)
        if (from.length > 1) from.splice(from.indexOf(node), 1)
        break
      }
      case 'add': {
        const list = node.children ?? copy.tree
        added += 1
        list.splice(m.other % (list.length + 1), 0, {
          code: `new-${added}-${m.value}`,
          title: 'Added',
          max: '1',
          rule: { use: 'chiso/points' },
        })
        break
      }
      case 'display':
        copy.display = { decimals: m.value % 5, mode: 'half-even' }
        break
      case 'bands':
        copy.bands = [{ code: 'A', atLeast: String(m.value) }]
        break
      case 'missing':
        copy.missing = m.value % 2 === 0 ? 'error' : 'skip'
        break
    }
  }
  return copy
}

function nodesOf(tree: Editable[]): Editable[] {
  return tree.flatMap((node) => [node, ...nodesOf(node.children ?? [])])
}

function contains(ancestor: Editable, node: Editable): boolean {
  return ancestor === node || (ancestor.children ?? []).some((child) => contains(child, node))
}

function parentList(tree: Editable[], node: Editable): Editable[] {
  if (tree.includes(node)) return tree
  for (const candidate of nodesOf(tree)) if (candidate.children?.includes(node)) return candidate.children
  return []
}
