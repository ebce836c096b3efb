// Small methodology and dataset documents for example-based tests, as plain JSON (what parseMethodology,
// parseDataset and engine.compile take). Every field can be overridden.

/** A points leaf scored by `chiso/points` (or `rule`), worth at most `max`. */
export function pointsLeaf(code: string, max = '1', rule = 'chiso/points'): Record<string, unknown> {
  return { code, title: code, max, rule: { use: rule } }
}

/** A points methodology over `tree`, with an illustrative id, version and title unless `fields` give others. */
export function pointsMethodology(
  tree: unknown[],
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 'test-demo',
    version: '1.0.0',
    title: 'Test methodology (illustrative)',
    result: { type: 'points' },
    tree,
    ...fields,
  }
}

/**
 * A dataset from a table of values by unit, then node: `datasetOf({ a: { x: '1' } })` is unit `a` with the
 * value `1` at node `x`. Units and observations keep the table's order.
 */
export function datasetOf(values: Record<string, Record<string, string | null>>): {
  units: Array<{ code: string }>
  observations: Array<{ unit: string; node: string; value: string | null }>
} {
  return {
    units: Object.keys(values).map((code) => ({ code })),
    observations: Object.entries(values).flatMap(([unit, row]) =>
      Object.entries(row).map(([node, value]) => ({ unit, node, value })),
    ),
  }
}
