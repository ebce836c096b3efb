import { type ExplicitMethodology, explicitMethodology } from '../model/explicit-methodology.js'

/**
 * Serialises JSON-like data canonically: object keys sorted by code point, no whitespace, `undefined`
 * members left out. Two values that mean the same give the same text.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: ['x', { d: true, c: null }] }) // '{"a":["x",{"c":null,"d":true}],"b":1}'
 * ```
 *
 * @category Versioning
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('cannot serialise a non-finite number')
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`
}

/**
 * The canonical form of a methodology: its {@link explicitMethodology} (parsed, every default the engine
 * would apply written out, decimal strings normalised, the editor-only `$schema` key left out), serialised
 * with `canonicalJson` (sorted keys, no spaces). YAML and JSON files that mean the same give the same text.
 *
 * @example
 * ```ts
 * canonicalMethodology(yamlObject) === canonicalMethodology(jsonObject) // true when they mean the same
 * ```
 *
 * @category Versioning
 */
export function canonicalMethodology(methodology: unknown): string {
  return canonicalOf(explicitMethodology(methodology))
}

/** The canonical text of a methodology whose defaults are already decided (internal: no second parse). */
export function canonicalOf(methodology: ExplicitMethodology): string {
  return canonicalJson(methodology)
}
