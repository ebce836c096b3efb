import type { Methodology, MethodologyNode } from '@chiso/core'

/**
 * Serialises a value as indented JSON like `JSON.stringify(value, null, 2)`, except that the keys of objects
 * found under a key named `nodes` follow `nodeOrder` (the criteria tree, depth first) when given. JavaScript
 * objects list integer-like keys (`"1"`, `"2"`) before the others (`"1.1"`), which would put every area before
 * its criteria.
 *
 * @example
 * ```ts
 * stringifyOrdered({ nodes: { '1': 1, '1.1': 2, '2': 3 } }, ['1', '1.1', '2'])
 * // '{\n  "nodes": {\n    "1": 1,\n    "1.1": 2,\n    "2": 3\n  }\n}'
 * ```
 */
export function stringifyOrdered(value: unknown, nodeOrder: ReadonlyArray<string> = []): string {
  return orderedStringifier(nodeOrder)(value)
}

/**
 * Serialises like {@link stringifyOrdered}, as a reusable function that writes a value nested at `indent`
 * (its lines after the first start with `indent`), so a streaming writer can emit one part of a larger
 * document at a time with exactly the bytes the whole document would have. The node order is indexed once.
 *
 * @example
 * ```ts
 * const write = orderedStringifier(['1', '1.1', '2'])
 * write({ nodes: { '2': 1, '1': 2 } }, '  ') // '{\n    "nodes": {\n      "1": 2,\n      "2": 1\n    }\n  }'
 * ```
 */
export function orderedStringifier(
  nodeOrder: ReadonlyArray<string> = [],
): (value: unknown, indent?: string) => string {
  const rank = new Map(nodeOrder.map((code, index) => [code, index]))
  const write = (item: unknown, indent: string, ordered: boolean): string => {
    if (item === null || typeof item !== 'object') return JSON.stringify(item) ?? 'null'
    const inner = `${indent}  `
    if (Array.isArray(item)) {
      if (item.length === 0) return '[]'
      return `[\n${item.map((element) => inner + write(element, inner, false)).join(',\n')}\n${indent}]`
    }
    let entries = Object.entries(item).filter(([, element]) => element !== undefined)
    if (ordered) {
      entries = entries.sort(
        ([a], [b]) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER),
      )
    }
    if (entries.length === 0) return '{}'
    const lines = entries.map(
      ([key, element]) => `${inner}${JSON.stringify(key)}: ${write(element, inner, key === 'nodes')}`,
    )
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return (value, indent = '') => write(value, indent, false)
}

/**
 * Lists a methodology's node codes in tree order, depth first (an area, then its criteria, then the next area).
 *
 * @example
 * ```ts
 * treeOrder(methodology) // ['1', '1.1', '1.2', '2']
 * ```
 */
export function treeOrder(methodology: Pick<Methodology, 'tree'>): string[] {
  const codes: string[] = []
  const visit = (node: MethodologyNode) => {
    codes.push(node.code)
    node.children?.forEach(visit)
  }
  methodology.tree.forEach(visit)
  return codes
}
