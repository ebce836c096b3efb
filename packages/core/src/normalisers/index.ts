// The built-in cohort normalisers.
import type { NormaliserDefinition } from '../plugin/contract.js'

// biome-ignore lint/suspicious/noExplicitAny: normalisers with different option types live in one list
export const BUILTIN_NORMALISERS: ReadonlyArray<NormaliserDefinition<any>> = []
