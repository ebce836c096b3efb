// The built-in data-preparation steps (imputation and outlier treatment), cohort steps of their own stages.
import type { NormaliserDefinition } from '../plugin/contract.js'
import { imputeConstant, imputeLastPeriod, imputeMean, imputeMedian } from './impute.js'
import { clip, skewKurtosis, winsorise } from './treat.js'

export {
  ImputeConstantOptionsSchema,
  ImputePoolOptionsSchema,
  imputeConstant,
  imputeLastPeriod,
  imputeMean,
  imputeMedian,
} from './impute.js'
export {
  ClipOptionsSchema,
  clip,
  SkewKurtosisOptionsSchema,
  skewKurtosis,
  WinsoriseOptionsSchema,
  winsorise,
} from './treat.js'

/**
 * The built-in imputations and treatments: `chiso/impute-mean`, `chiso/impute-median`,
 * `chiso/impute-constant`, `chiso/impute-last-period` (stage `impute`) and `chiso/skew-kurtosis`, `chiso/winsorise`, `chiso/clip`
 * (stage `treat`).
 *
 * @example
 * ```ts
 * BUILTIN_STAGE_STEPS.map((item) => item.meta.stage) // ['impute', 'impute', 'impute', 'impute', 'treat', 'treat', 'treat']
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: steps with different option types live in one list
export const BUILTIN_STAGE_STEPS: ReadonlyArray<NormaliserDefinition<any>> = [
  imputeMean,
  imputeMedian,
  imputeConstant,
  imputeLastPeriod,
  skewKurtosis,
  winsorise,
  clip,
]
