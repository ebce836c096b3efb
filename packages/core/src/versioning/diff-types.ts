import type { LocalizedText } from '../schema/localized-text.js'
import type { MethodologyNode } from '../schema/node.js'

/**
 * The methodology-level fields a diff compares (everything but the tree).
 *
 * @example
 * ```ts
 * const field: MethodologyField = 'bands'
 * ```
 *
 * @category Versioning
 */
export type MethodologyField =
  | 'id'
  | 'version'
  | 'title'
  | 'description'
  | 'status'
  | 'coverage'
  | 'basis'
  | 'unitKind'
  | 'supersedes'
  | 'plugins'
  | 'result'
  | 'aggregate'
  | 'missing'
  | 'display'
  | 'ranking'
  | 'bands'
  | 'columns'
  | 'screen'
  | 'rounds'

/**
 * The node fields a diff compares. A plugin call is split in two: `rule` when another rule is used,
 * `rule.with` when only its options changed (likewise `normalise` and `aggregate`).
 *
 * @example
 * ```ts
 * const field: NodeField = 'rule.with'
 * ```
 *
 * @category Versioning
 */
export type NodeField =
  | 'description'
  | 'max'
  | 'weight'
  | 'direction'
  | 'source'
  | 'missing'
  | 'denominate'
  | 'minPresent'
  | 'ranked'
  | 'round'
  | 'rule'
  | 'rule.with'
  | 'impute'
  | 'impute.with'
  | 'treat'
  | 'treat.with'
  | 'normalise'
  | 'normalise.with'
  | 'aggregate'
  | 'aggregate.with'

/**
 * Where a node sits: its parent's code (`null` for a top-level area) and its position among its siblings.
 *
 * @example
 * ```ts
 * const place: NodePlace = { parent: '3', index: 1 } // the second child of area 3
 * ```
 *
 * @category Versioning
 */
export interface NodePlace {
  parent: string | null
  index: number
}

/**
 * One change between two methodology versions. Values are JSON (decimal strings, plugin calls…); `null`
 * stands for "absent". Added and removed nodes carry the node without its children (a subtree is one change
 * per node).
 *
 * @example
 * ```ts
 * const change: MethodologyChange = { kind: 'node-changed', code: '3.2', field: 'max', before: '2', after: '2.5' }
 * ```
 *
 * @category Versioning
 */
export type MethodologyChange =
  | { kind: 'methodology-changed'; field: MethodologyField; before: unknown; after: unknown }
  | { kind: 'node-added'; code: string; to: NodePlace; node: Omit<MethodologyNode, 'children'> }
  | { kind: 'node-removed'; code: string; from: NodePlace; node: Omit<MethodologyNode, 'children'> }
  | { kind: 'node-moved'; code: string; from: NodePlace; to: NodePlace }
  | { kind: 'node-renamed'; code: string; before: LocalizedText; after: LocalizedText }
  | { kind: 'node-changed'; code: string; field: NodeField; before: unknown; after: unknown }

/**
 * The difference between two methodology versions, typed and JSON-able: which versions (with their
 * fingerprints) and every change. Apply it with {@link applyDiff}.
 *
 * @example
 * ```ts
 * const d: MethodologyDiff = diffMethodologies(pci2014, pciNext)
 * d.changes.filter((c) => c.kind === 'node-changed' && c.field === 'weight').length // 2
 * ```
 *
 * @category Versioning
 */
export interface MethodologyDiff {
  from: { id: string; version: string; fingerprint: string }
  to: { id: string; version: string; fingerprint: string }
  changes: MethodologyChange[]
}
