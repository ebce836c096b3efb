// The built-in leaf rules, in the order they are documented.
import type { RuleDefinition } from '../plugin/contract.js'

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types live in one list
export const BUILTIN_RULES: ReadonlyArray<RuleDefinition<any>> = []
