import { builtinPlugin } from '../plugin/builtin-plugin.js'
import type { DecimalString } from '../schema/decimal-string.js'
import type { Methodology } from '../schema/methodology.js'
import type { MethodologyNode, MissingPolicy, PluginCall } from '../schema/node.js'
import { parseMethodology } from '../schema/parse.js'
import type { Round } from '../schema/round.js'

/**
 * A node of an {@link ExplicitMethodology}: `weight`, `direction` and `missing` written out, and `aggregate`
 * on every node with children.
 *
 * @example
 * ```ts
 * const node: ExplicitNode = explicitMethodology(methodology).tree[0]!
 * node.weight    // '1'
 * node.missing   // 'zero' (a points methodology's default)
 * ```
 *
 * @category Versioning
 */
// A type alias, not an interface: it stays assignable wherever a plain methodology node (an object type) is
// expected, so an explicit methodology can be passed to anything that takes a `Methodology`.
export type ExplicitNode = Omit<MethodologyNode, 'children'> & {
  weight: DecimalString
  direction: 1 | -1
  missing: MissingPolicy
  children?: ExplicitNode[]
}

/**
 * A methodology with every default decided: what is fingerprinted and what is compiled. See
 * {@link explicitMethodology}.
 *
 * @example
 * ```ts
 * const m: ExplicitMethodology = explicitMethodology(methodology)
 * m.aggregate // { use: 'chiso/sum', with: {} }
 * ```
 *
 * @category Versioning
 */
export type ExplicitMethodology = Omit<
  Methodology,
  '$schema' | 'aggregate' | 'missing' | 'tree' | 'rounds'
> & {
  aggregate: PluginCall
  missing: MissingPolicy
  tree: ExplicitNode[]
  rounds?: ExplicitRound[]
}

/**
 * An assessment round of an {@link ExplicitMethodology}: its policy for claims without evidence written out.
 *
 * @example
 * ```ts
 * const round: ExplicitRound = { code: 'appraisal', withoutEvidence: 'keep' }
 * ```
 *
 * @category Versioning
 */
export type ExplicitRound = Round & { withoutEvidence: 'keep' | 'zero' }

// Option schemas of the built-in items, by id. Only the built-ins: a fingerprint must not depend on which
// third-party plugins happen to be installed, so their options are kept exactly as written.
const BUILTIN_OPTIONS = new Map<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>(
  [
    ...(builtinPlugin.rules ?? []),
    ...(builtinPlugin.normalisers ?? []),
    ...(builtinPlugin.aggregators ?? []),
  ].map((item) => [item.id, item.options as never]),
)

/**
 * Decides every default of a parsed methodology, in one place: the root `aggregate` (`chiso/sum` for points,
 * `chiso/mean` for composites) and `missing` policy (`zero` for points, `skip` for composites); on each node
 * `weight` 1, `direction` 1, the `missing` policy of its nearest ancestor that declares one (else the
 * methodology's), and for nodes with children the default `aggregate`; the built-in items' option defaults with
 * their decimals normalised. The editor-only `$schema` key is left out. Applying it twice changes nothing.
 *
 * Internal: the public edge is {@link explicitMethodology}, which parses first.
 */
export function applyDefaults(methodology: Methodology): ExplicitMethodology {
  const { $schema: _editorHint, aggregate, missing, tree, rounds, ...rest } = methodology
  const isPoints = methodology.result.type === 'points'
  const defaultAggregate: PluginCall = { use: isPoints ? 'chiso/sum' : 'chiso/mean' }
  const explicitNode = (node: MethodologyNode, inherited: MissingPolicy): ExplicitNode => {
    const { children, rule, aggregate: nodeAggregate, normalise, impute, treat, ...fields } = node
    const nodeMissing = node.missing ?? inherited
    const out: ExplicitNode = {
      ...fields,
      weight: node.weight ?? '1',
      direction: node.direction ?? 1,
      missing: nodeMissing,
    }
    if (impute) out.impute = explicitCall(impute)
    if (treat) out.treat = explicitCall(treat)
    if (normalise) out.normalise = explicitCall(normalise)
    if (rule) out.rule = explicitCall(rule)
    if (children) {
      out.aggregate = explicitCall(nodeAggregate ?? defaultAggregate)
      out.children = children.map((child) => explicitNode(child, nodeMissing))
    } else if (nodeAggregate) out.aggregate = explicitCall(nodeAggregate)
    return out
  }
  const rootMissing = missing ?? (isPoints ? 'zero' : 'skip')
  return {
    ...rest,
    aggregate: explicitCall(aggregate ?? defaultAggregate),
    missing: rootMissing,
    tree: tree.map((node) => explicitNode(node, rootMissing)),
    // A round keeps an earlier round's claim without evidence unless it declares otherwise.
    ...(rounds === undefined
      ? {}
      : { rounds: rounds.map((round) => ({ ...round, withoutEvidence: round.withoutEvidence ?? 'keep' })) }),
  }
}

/**
 * A methodology with every default the engine applies written out: the schema's defaults (status, display,
 * ranking…), the root `aggregate` and `missing` policy, each node's `weight` (1), `direction` (1), `missing`
 * policy (inherited from the nearest ancestor that declares one) and (for inner nodes) `aggregate`, and the
 * built-in items' option defaults with their decimals normalised. Two files that score the same way have the
 * same explicit form, whatever they leave implicit. It is exactly what an engine compiles, what
 * {@link canonicalMethodology} serialises (and so {@link fingerprint} hashes) and what
 * {@link diffMethodologies} compares.
 *
 * Throws a located `ChisoError` when the input is not a valid methodology.
 *
 * @example
 * ```ts
 * const m = explicitMethodology({
 *   id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Plan', max: 2, rule: { use: 'chiso/yes-no' } }],
 * })
 * m.aggregate          // { use: 'chiso/sum', with: {} }
 * m.tree[0]?.rule      // { use: 'chiso/yes-no', with: { whenNo: '0', invert: false } }
 * m.tree[0]?.weight    // '1'
 * ```
 *
 * @category Versioning
 */
export function explicitMethodology(methodology: unknown): ExplicitMethodology {
  return applyDefaults(parseMethodology(methodology))
}

/** A plugin call with its options resolved through the built-in item's schema (defaults, decimals). */
function explicitCall(call: PluginCall): PluginCall {
  const schema = BUILTIN_OPTIONS.get(call.use)
  if (!schema) return call.with === undefined ? { use: call.use } : { use: call.use, with: call.with }
  const parsed = schema.safeParse(call.with ?? {})
  // Invalid options are left as written: compiling reports them; the canonical form must not hide them.
  if (!parsed.success) return call.with === undefined ? { use: call.use } : { use: call.use, with: call.with }
  return { use: call.use, with: withoutUndefined(parsed.data) as Record<string, unknown> }
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) out[key] = withoutUndefined(member)
  }
  return out
}
