/**
 * `@chiso/core/internal`: implementation helpers that chiso's own packages and tests may use, kept out of the
 * public `@chiso/core` entry point.
 *
 * **Unstable.** Nothing here is covered by semantic versioning: an export may change or disappear in any
 * release, patch releases included. Build on the `@chiso/core` entry point instead; if you need one of these,
 * open an issue saying what for.
 *
 * @packageDocumentation
 */

export { numberToDecimalString } from './decimal/decimal.js'
export { RANKING_SIGNIFICANT_DIGITS, rankingKeyOf } from './engine/ranking-key.js'
export { resolveLimits } from './limits/limits.js'
export { WellFormedObservations } from './schema/well-formed-observations.js'
export { canonicalJson } from './versioning/canonical.js'
export { entryCodes } from './versioning/crosswalk.js'
export { isValidRange, parseSemver } from './versioning/semver.js'
export { sha256Hex } from './versioning/sha256.js'
