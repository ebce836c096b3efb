// Structured mutation of valid inputs (test-only): start from a well-formed document and break one place at a
// time, so fuzz cases get past the first check and reach the code behind it.
import * as fc from 'fast-check'
import { hostileNumberArb, hostileValueArb } from './hostile-values.js'

/** One edit of a JSON-like document: what to do, where (an index into its places) and with what. */
export interface JsonMutation {
  readonly kind: (typeof MUTATION_KINDS)[number]
  readonly at: number
  readonly other: number
  readonly value: unknown
  readonly key: string
  readonly times: number
}

const MUTATION_KINDS = [
  'replace',
  'number',
  'delete',
  'extra-key',
  'duplicate',
  'empty',
  'wrap-array',
  'wrap-deep',
  'copy-from',
  'reverse',
  'grow',
  'cycle',
] as const

/** Keys that matter to chiso's schemas and to JavaScript objects, so extra keys hit real code paths. */
const KEYS = [
  'code',
  'title',
  'max',
  'weight',
  'rule',
  'use',
  'with',
  'children',
  'aggregate',
  'normalise',
  'missing',
  'direction',
  'bands',
  'atLeast',
  'points',
  'ranking',
  'tieBreakers',
  'node',
  'unit',
  'value',
  'field',
  'source',
  '__proto__',
  'constructor',
  'extra',
]

/**
 * Lists of edits. `cycles: false` leaves out the edit that makes a document contain itself (files cannot;
 * only the JavaScript API can be handed a cyclic object).
 */
export function jsonMutationsArb(
  options: { max?: number; cycles?: boolean } = {},
): fc.Arbitrary<JsonMutation[]> {
  const kinds = options.cycles === false ? MUTATION_KINDS.filter((k) => k !== 'cycle') : MUTATION_KINDS
  return fc.array(
    fc.record({
      kind: fc.constantFrom(...kinds),
      at: fc.nat(10_000),
      other: fc.nat(10_000),
      value: fc.oneof(hostileValueArb, hostileNumberArb),
      key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })),
      // Up to a thousand levels or copies: deeper documents are the tree attacks' job (writers recurse).
      times: fc.integer({ min: 1, max: 1_000 }),
    }),
    { minLength: 1, maxLength: options.max ?? 3 },
  )
}

type Container = Record<string, unknown> | unknown[]
interface Place {
  readonly parent: Container | null
  readonly key: string | number
  readonly value: unknown
}

/** Applies the edits to a deep copy of `document` (which is not changed) and returns the copy. */
export function mutateJson(document: unknown, mutations: ReadonlyArray<JsonMutation>): unknown {
  const root: { value: unknown } = { value: cloneJson(document) }
  for (const m of mutations) {
    const places = placesOf(root)
    const place = places[m.at % places.length]!
    const parent = (place.parent ?? root) as Record<string | number, unknown>
    const key = place.parent === null ? 'value' : place.key
    const value = place.value
    switch (m.kind) {
      case 'replace':
        parent[key] = m.value
        break
      case 'number':
        parent[key] = typeof value === 'string' || typeof value === 'number' ? m.value : value
        break
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1)
        else delete parent[key]
        break
      case 'extra-key':
        if (isObject(value))
          Object.defineProperty(value, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          })
        break
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(Number(key), 0, cloneJson(value))
        break
      case 'empty':
        parent[key] = Array.isArray(value) ? [] : isObject(value) ? {} : ''
        break
      case 'wrap-array':
        parent[key] = [value]
        break
      case 'wrap-deep': {
        let wrapped: unknown = value
        for (let i = 0; i < m.times; i++) wrapped = i % 2 === 0 ? [wrapped] : { children: wrapped }
        parent[key] = wrapped
        break
      }
      case 'copy-from': {
        const source = places[m.other % places.length]!
        parent[key] = cloneJson(source.value)
        break
      }
      case 'reverse':
        if (Array.isArray(value)) value.reverse()
        break
      case 'grow':
        if (Array.isArray(value) && value.length > 0) {
          const copies = Math.min(m.times, 2_000)
          for (let i = 0; i < copies; i++) value.push(cloneJson(value[i % value.length]))
        }
        break
      case 'cycle': {
        // Point a place at one of its ancestors (or itself): a document that contains itself.
        const ancestors = places.filter((p) => isContainer(p.value) && contains(p.value, value))
        if (ancestors.length > 0) parent[key] = ancestors[m.other % ancestors.length]!.value
        break
      }
    }
  }
  return root.value
}

function placesOf(root: { value: unknown }): Place[] {
  const out: Place[] = [{ parent: null, key: 'value', value: root.value }]
  const seen = new Set<unknown>()
  const stack: unknown[] = [root.value]
  while (stack.length > 0 && out.length < 5_000) {
    const node = stack.pop()
    if (!isContainer(node) || seen.has(node)) continue
    seen.add(node)
    const entries: Array<[string | number, unknown]> = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node)
    for (const [key, value] of entries) {
      out.push({ parent: node, key, value })
      stack.push(value)
    }
  }
  return out
}

function contains(ancestor: Container, target: unknown): boolean {
  const seen = new Set<unknown>()
  const stack: unknown[] = [ancestor]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === target) return true
    if (!isContainer(node) || seen.has(node)) continue
    seen.add(node)
    stack.push(...(Array.isArray(node) ? node : Object.values(node)))
  }
  return false
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value)
}

/**
 * A deep copy that keeps what JSON would lose (NaN, -0, undefined, own `__proto__` keys) and any cycles.
 * Iterative, so documents thousands of levels deep copy without exhausting the stack.
 */
export function cloneJson<T>(value: T): T {
  if (!isContainer(value)) return value
  const copies = new Map<unknown, Container>()
  const copyOf = (node: Container): Container => {
    let copy = copies.get(node)
    if (copy === undefined) {
      copy = Array.isArray(node) ? [] : {}
      copies.set(node, copy)
      pending.push(node)
    }
    return copy
  }
  const pending: Container[] = []
  const top = copyOf(value)
  while (pending.length > 0) {
    const node = pending.pop()!
    const copy = copies.get(node)!
    if (Array.isArray(node)) {
      for (const item of node) (copy as unknown[]).push(isContainer(item) ? copyOf(item) : item)
    } else {
      for (const [key, item] of Object.entries(node)) {
        Object.defineProperty(copy, key, {
          value: isContainer(item) ? copyOf(item) : item,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
    }
  }
  return top as T
}
