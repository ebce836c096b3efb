import { builtinPlugin } from '../plugin/builtin-plugin.js'
import type { Methodology } from '../schema/methodology.js'
import type { MethodologyNode, PluginCall } from '../schema/node.js'
import { parseMethodology } from '../schema/parse.js'

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
 * A methodology with every default the engine would apply written out: the schema's defaults (status,
 * display, ranking…), the root `aggregate` and `missing` policy, each node's `weight` (1), `direction` (1),
 * `missing` policy and (for inner nodes) `aggregate`, and the built-in items' option defaults with their
 * decimals normalised. Two files that score the same way have the same explicit form, whatever they leave
 * implicit; this is what {@link canonicalMethodology} serialises and what {@link diffMethodologies} compares.
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
export function explicitMethodology(methodology: unknown): Methodology {
  const { $schema: _editorHint, ...parsed } = parseMethodology(methodology)
  const isPoints = parsed.result.type === 'points'
  const defaultAggregate: PluginCall = { use: isPoints ? 'chiso/sum' : 'chiso/mean' }
  const missing = parsed.missing ?? (isPoints ? 'zero' : 'skip')
  const explicitNode = (node: MethodologyNode): MethodologyNode => {
    const { children, rule, aggregate, normalise, ...rest } = node
    const out: MethodologyNode = {
      ...rest,
      weight: node.weight ?? '1',
      direction: node.direction ?? 1,
      missing: node.missing ?? missing,
    }
    if (normalise) out.normalise = explicitCall(normalise)
    if (rule) out.rule = explicitCall(rule)
    if (children) {
      out.aggregate = explicitCall(aggregate ?? defaultAggregate)
      out.children = children.map(explicitNode)
    } else if (aggregate) out.aggregate = explicitCall(aggregate)
    return out
  }
  return {
    ...parsed,
    aggregate: explicitCall(parsed.aggregate ?? defaultAggregate),
    missing,
    tree: parsed.tree.map(explicitNode),
  }
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
