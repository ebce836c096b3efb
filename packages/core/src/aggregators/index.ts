// The built-in aggregators.
import type { AggregatorDefinition } from '../plugin/contract.js'

// biome-ignore lint/suspicious/noExplicitAny: aggregators with different option types live in one list
export const BUILTIN_AGGREGATORS: ReadonlyArray<AggregatorDefinition<any>> = []
