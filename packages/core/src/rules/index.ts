// The built-in leaf rules, in the order they are documented.
import type { RuleDefinition } from '../plugin/contract.js'
import { bands } from './bands.js'
import { deduction } from './deduction.js'
import { points } from './points.js'
import { proportional } from './proportional.js'
import { survey } from './survey.js'
import { value } from './value.js'
import { yesNo } from './yes-no.js'

export { BandOptionSchema, BandsOptionsSchema, bands } from './bands.js'
export { DEDUCTION_MAX_OUTCOMES, DeductionOptionsSchema, deduction } from './deduction.js'
export { points } from './points.js'
export { ProportionalOptionsSchema, proportional } from './proportional.js'
export { SurveyOptionsSchema, SurveyScaleSchema, survey } from './survey.js'
export { value } from './value.js'
export { YesNoOptionsSchema, yesNo } from './yes-no.js'

/**
 * The built-in leaf rules, in the order they are documented: `chiso/yes-no`, `chiso/bands`,
 * `chiso/proportional`, `chiso/deduction`, `chiso/survey`, `chiso/points`, `chiso/value`.
 *
 * @example
 * ```ts
 * BUILTIN_RULES.map((rule) => rule.id) // ['chiso/yes-no', 'chiso/bands', …]
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: rules with different option types live in one list
export const BUILTIN_RULES: ReadonlyArray<RuleDefinition<any>> = [
  yesNo,
  bands,
  proportional,
  deduction,
  survey,
  points,
  value,
]
