import type { JsonPath } from '../errors/chiso-error.js'
import { type EngineLimits, limitExceeded } from './limits.js'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks a raw methodology document (before the schema reads it) against the tree limits: levels
 * (`maxDepth`), nodes (`maxNodes`) and nesting of objects and arrays (`maxNesting`). The walks use explicit
 * stacks, so a document nested a million levels deep is refused with a located `LIMIT_EXCEEDED` error
 * instead of overflowing the call stack; shared sub-objects (YAML aliases, or one object used twice) are
 * counted every time they appear, as the schema would read them, but walked only as often as needed.
 *
 * @example
 * ```ts
 * checkMethodologyLimits({ tree: [{ code: '1', children: [{ code: '1.1' }] }] }, { ...DEFAULT_ENGINE_LIMITS, maxDepth: 1 })
 * // throws ChisoError (LIMIT_EXCEEDED): tree[0].children[0]: 2 tree levels exceed the limit maxDepth = 1 (default 32; …)
 * ```
 */
export function checkMethodologyLimits(input: unknown, limits: Readonly<EngineLimits>): void {
  if (!isRecord(input)) return
  checkTree(input.tree, limits)
  checkNesting(input, limits)
}

function checkTree(tree: unknown, limits: Readonly<EngineLimits>): void {
  if (!Array.isArray(tree)) return
  // Pre-order, in document order, with an explicit stack of sibling lists: the first node past a limit is
  // the one reported.
  const stack: Array<{ nodes: unknown[]; depth: number; path: JsonPath; next: number }> = [
    { nodes: tree, depth: 1, path: ['tree'], next: 0 },
  ]
  let count = 0
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.next >= frame.nodes.length) {
      stack.pop()
      continue
    }
    const index = frame.next++
    const node = frame.nodes[index]
    if (!isRecord(node)) continue
    const at = [...frame.path, index]
    count++
    if (count > limits.maxNodes) throw limitExceeded('maxNodes', `more than ${limits.maxNodes}`, limits, at)
    if (frame.depth > limits.maxDepth) throw limitExceeded('maxDepth', frame.depth, limits, at)
    const children = node.children
    if (Array.isArray(children))
      stack.push({ nodes: children, depth: frame.depth + 1, path: [...at, 'children'], next: 0 })
  }
}

interface Visit {
  readonly value: object
  readonly depth: number
  readonly parent: Visit | undefined
  readonly key: string | number
}

function checkNesting(root: object, limits: Readonly<EngineLimits>): void {
  // The deepest level each object was walked at: an object reached again no deeper has nothing new to show.
  const deepest = new Map<object, number>()
  const stack: Visit[] = [{ value: root, depth: 1, parent: undefined, key: '' }]
  while (stack.length > 0) {
    const visit = stack.pop()!
    const seen = deepest.get(visit.value)
    if (seen !== undefined && seen >= visit.depth) continue
    deepest.set(visit.value, visit.depth)
    if (visit.depth > limits.maxNesting) throw limitExceeded('maxNesting', visit.depth, limits, pathOf(visit))
    const entries: Array<[string | number, unknown]> = Array.isArray(visit.value)
      ? visit.value.map((item, index) => [index, item])
      : Object.entries(visit.value)
    for (const [key, value] of entries) {
      if (typeof value === 'object' && value !== null)
        stack.push({ value, depth: visit.depth + 1, parent: visit, key })
    }
  }
}

function pathOf(visit: Visit): JsonPath {
  const path: Array<string | number> = []
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) path.push(at.key)
  return path.reverse()
}

/**
 * Checks a dataset (raw or parsed) against `maxUnits` and `maxObservations`, before anything else reads it:
 * counting is all it costs.
 *
 * @example
 * ```ts
 * checkDatasetLimits({ units: [{ code: 'A' }, { code: 'B' }], observations: [] }, { ...DEFAULT_ENGINE_LIMITS, maxUnits: 1 })
 * // throws ChisoError (LIMIT_EXCEEDED): units[1]: 2 units exceed the limit maxUnits = 1 (default 1000000; …)
 * ```
 */
export function checkDatasetLimits(input: unknown, limits: Readonly<EngineLimits>): void {
  if (!isRecord(input)) return
  const { units, observations } = input
  checkDatasetCounts(
    Array.isArray(units) ? units.length : 0,
    Array.isArray(observations) ? observations.length : 0,
    limits,
  )
}

/**
 * {@link checkDatasetLimits} for a dataset whose counts are known without reading its lists (observations kept
 * as columns until read).
 *
 * @example
 * ```ts
 * checkDatasetCounts(2, 0, { ...DEFAULT_ENGINE_LIMITS, maxUnits: 1 }) // throws, as checkDatasetLimits does
 * ```
 */
export function checkDatasetCounts(
  units: number,
  observations: number,
  limits: Readonly<EngineLimits>,
): void {
  if (units > limits.maxUnits) throw limitExceeded('maxUnits', units, limits, ['units', limits.maxUnits])
  if (observations > limits.maxObservations)
    throw limitExceeded('maxObservations', observations, limits, ['observations', limits.maxObservations])
}
