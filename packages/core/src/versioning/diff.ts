import { explicitMethodology } from '../model/explicit-methodology.js'
import type { MethodologyNode, PluginCall } from '../schema/node.js'
import { canonicalJson } from './canonical.js'
import type {
  MethodologyChange,
  MethodologyDiff,
  MethodologyField,
  NodeField,
  NodePlace,
} from './diff-types.js'
import { fingerprintOf } from './fingerprint.js'
import { type FlatNode, flattenTree } from './flat-tree.js'

/** Methodology-level fields in the order a diff lists them. */
export const METHODOLOGY_FIELDS: ReadonlyArray<MethodologyField> = [
  'id',
  'version',
  'title',
  'description',
  'status',
  'coverage',
  'basis',
  'unitKind',
  'supersedes',
  'plugins',
  'result',
  'aggregate',
  'missing',
  'display',
  'ranking',
  'bands',
  'columns',
  'screen',
  'rounds',
]

/** Plain node fields in the order a diff lists them (plugin calls are handled apart). */
export const PLAIN_NODE_FIELDS = [
  'description',
  'max',
  'weight',
  'direction',
  'source',
  'missing',
  'denominate',
  'minPresent',
  'ranked',
  'round',
] as const
/** Node fields holding a plugin call. */
export const CALL_NODE_FIELDS = ['rule', 'impute', 'treat', 'normalise', 'aggregate'] as const

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null)

/**
 * Compares two methodology versions and lists every change: methodology-level fields (result, aggregation,
 * missing policy, display rounding, ranking, bands…), nodes added, removed, moved (to another parent, or
 * out of order among their siblings), renamed (same code, new title), and each changed node field (maximum,
 * weight, rule, rule options, normaliser, aggregation, rounding, missing policy…). Both sides are compared
 * in their {@link explicitMethodology} form, so leaving a default implicit is not a change. Nodes are matched
 * by code: a new code is an added node (map old codes to new ones with a crosswalk).
 *
 * @example
 * ```ts
 * const next = { ...pci, version: '2014.1.0', tree: pci.tree.map((n) =>
 *   n.code === 'transparency' ? { ...n, weight: '15' } : n) }
 * diffMethodologies(pci, next).changes
 * // [{ kind: 'methodology-changed', field: 'version', before: '2014.0.0', after: '2014.1.0' },
 * //  { kind: 'node-changed', code: 'transparency', field: 'weight', before: '20', after: '15' }]
 * ```
 *
 * @category Versioning
 */
export function diffMethodologies(before: unknown, after: unknown): MethodologyDiff {
  const a = explicitMethodology(before)
  const b = explicitMethodology(after)
  const changes: MethodologyChange[] = []
  for (const field of METHODOLOGY_FIELDS) {
    if (!same(a[field], b[field])) {
      changes.push({ kind: 'methodology-changed', field, before: a[field] ?? null, after: b[field] ?? null })
    }
  }
  const flatA = flattenTree(a.tree)
  const flatB = flattenTree(b.tree)
  const moved = movedCodes(flatA, flatB)
  for (const [code, entry] of flatA) {
    if (!flatB.has(code)) changes.push({ kind: 'node-removed', code, from: placeOf(entry), node: entry.node })
  }
  for (const [code, entry] of flatB) {
    const old = flatA.get(code)
    if (!old) {
      changes.push({ kind: 'node-added', code, to: placeOf(entry), node: entry.node })
      continue
    }
    if (moved.has(code)) changes.push({ kind: 'node-moved', code, from: placeOf(old), to: placeOf(entry) })
    if (!same(old.node.title, entry.node.title)) {
      changes.push({ kind: 'node-renamed', code, before: old.node.title, after: entry.node.title })
    }
    changes.push(...nodeFieldChanges(code, old.node, entry.node))
  }
  return {
    from: { id: a.id, version: a.version, fingerprint: fingerprintOf(a) },
    to: { id: b.id, version: b.version, fingerprint: fingerprintOf(b) },
    changes,
  }
}

function placeOf(entry: FlatNode): NodePlace {
  return { parent: entry.parent, index: entry.index }
}

function nodeFieldChanges(
  code: string,
  a: Omit<MethodologyNode, 'children'>,
  b: Omit<MethodologyNode, 'children'>,
): MethodologyChange[] {
  const changes: MethodologyChange[] = []
  for (const field of PLAIN_NODE_FIELDS) {
    if (!same(a[field], b[field])) {
      changes.push({ kind: 'node-changed', code, field, before: a[field] ?? null, after: b[field] ?? null })
    }
  }
  for (const field of CALL_NODE_FIELDS) {
    const x: PluginCall | undefined = a[field]
    const y: PluginCall | undefined = b[field]
    if (x?.use !== y?.use) {
      changes.push({ kind: 'node-changed', code, field, before: x ?? null, after: y ?? null })
    } else if (!same(x?.with, y?.with)) {
      changes.push({
        kind: 'node-changed',
        code,
        field: `${field}.with` as NodeField,
        before: x?.with ?? null,
        after: y?.with ?? null,
      })
    }
  }
  return changes
}

/**
 * The nodes kept by both versions that moved: to another parent, or out of order among the siblings that stay
 * with their parent (those outside a longest common subsequence of the two sibling orders). Shifts caused only
 * by added or removed siblings are not moves.
 */
function movedCodes(a: ReadonlyMap<string, FlatNode>, b: ReadonlyMap<string, FlatNode>): Set<string> {
  const moved = new Set<string>()
  const siblings = (flat: ReadonlyMap<string, FlatNode>, other: ReadonlyMap<string, FlatNode>) => {
    const groups = new Map<string | null, string[]>()
    for (const [code, entry] of flat) {
      const there = other.get(code)
      if (!there) continue
      if (there.parent !== entry.parent) {
        moved.add(code)
        continue
      }
      const group = groups.get(entry.parent) ?? []
      group[entry.index] = code
      groups.set(entry.parent, group)
    }
    return new Map([...groups].map(([parent, codes]) => [parent, codes.filter((code) => code !== undefined)]))
  }
  const groupsA = siblings(a, b)
  const groupsB = siblings(b, a)
  for (const [parent, orderA] of groupsA) {
    const kept = new Set(longestCommonSubsequence(orderA, groupsB.get(parent) ?? []))
    for (const code of orderA) if (!kept.has(code)) moved.add(code)
  }
  return moved
}

function longestCommonSubsequence(a: ReadonlyArray<string>, b: ReadonlyArray<string>): string[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  const out: string[] = []
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]!)
      i++
      j++
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++
    else j++
  }
  return out
}

/**
 * Tells whether a diff has no change at all.
 *
 * @example
 * ```ts
 * isEmptyDiff(diffMethodologies(pci, pci)) // true
 * ```
 *
 * @category Versioning
 */
export function isEmptyDiff(diff: MethodologyDiff): boolean {
  return diff.changes.length === 0
}
