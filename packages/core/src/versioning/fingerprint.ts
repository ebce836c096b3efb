import { type ExplicitMethodology, explicitMethodology } from '../model/explicit-methodology.js'
import { canonicalOf } from './canonical.js'
import { sha256Hex } from './sha256.js'

/**
 * The fingerprint of a methodology: `sha256:` and the SHA-256 of its canonical form. Every scorecard carries
 * it, tying each published number to the exact specification behind it. Identical in Node and browsers.
 *
 * @example
 * ```ts
 * fingerprint(methodology) // 'sha256:3f1c…'
 * ```
 *
 * @category Versioning
 */
export function fingerprint(methodology: unknown): string {
  return fingerprintOf(explicitMethodology(methodology))
}

/** The fingerprint of a methodology whose defaults are already decided (internal: no second parse). */
export function fingerprintOf(methodology: ExplicitMethodology): string {
  return `sha256:${sha256Hex(canonicalOf(methodology))}`
}
