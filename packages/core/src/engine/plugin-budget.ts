import { BUILTIN_AGGREGATORS } from '../aggregators/index.js'
import { BUILTIN_NORMALISERS } from '../normalisers/index.js'
import { BUILTIN_RULES } from '../rules/index.js'
import type { CompiledNode } from './compiled-node.js'

// Built-in items ship with core and are tested with it: timing them would only slow the hot path.
const BUILTIN_ITEMS: ReadonlySet<unknown> = new Set<unknown>([
  ...BUILTIN_RULES,
  ...BUILTIN_NORMALISERS,
  ...BUILTIN_AGGREGATORS,
])

/** Which plugin calls of a node are timed against the budget: its rule or aggregator, and its normaliser. */
export interface TimedCalls {
  readonly unit: boolean
  readonly cohort: boolean
}

/**
 * Which calls of a node are timed: those of items that are not built in, when the budget is finite.
 * Evaluation is synchronous, so a call cannot be interrupted; a call that overruns is discarded afterwards
 * and reported (`PLUGIN_TIMEOUT`). A call that never returns needs a wall clock outside the thread (the
 * CLI's `--timeout`).
 */
export function timedCallsOf(node: CompiledNode, budgetMs: number): TimedCalls {
  if (budgetMs === Number.POSITIVE_INFINITY) return { unit: false, cohort: false }
  const own = node.rule?.def ?? node.aggregate?.def
  return {
    unit: own !== undefined && !BUILTIN_ITEMS.has(own),
    cohort: node.normalise !== undefined && !BUILTIN_ITEMS.has(node.normalise.def),
  }
}

// Core is isomorphic and typed without DOM or Node globals: `performance` exists in Node ≥ 16 and browsers.
const timer = (globalThis as { performance?: { now(): number } }).performance

/** Milliseconds from an arbitrary origin (a monotonic clock where there is one). */
export const clock: () => number = timer ? () => timer.now() : () => Date.now()

/** The message of a `PLUGIN_TIMEOUT` diagnostic. */
export function overBudgetMessage(what: string, tookMs: number, budgetMs: number): string {
  return `${what} took ${Math.round(tookMs)} ms, over the budget of ${budgetMs} ms per call (limits.pluginCallMs); its result was discarded`
}
