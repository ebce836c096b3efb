import { BUILTIN_AGGREGATORS } from '../aggregators/index.js'
import type { CompiledNode } from '../model/compiled-model.js'
import { BUILTIN_NORMALISERS } from '../normalisers/index.js'
import { BUILTIN_STAGE_STEPS } from '../pipeline/index.js'
import { BUILTIN_RULES } from '../rules/index.js'

// Built-in items ship with core and are tested with it: timing them would only slow the hot path.
const BUILTIN_ITEMS: ReadonlySet<unknown> = new Set<unknown>([
  ...BUILTIN_RULES,
  ...BUILTIN_NORMALISERS,
  ...BUILTIN_STAGE_STEPS,
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

/** Whether calls of an item are timed: a plugin's item under a finite budget (built-in items never are). */
export function isTimed(item: unknown, budgetMs: number): boolean {
  return budgetMs !== Number.POSITIVE_INFINITY && !BUILTIN_ITEMS.has(item)
}

/** Milliseconds from an arbitrary origin (a monotonic clock where there is one). */
export const clock: () => number = () => {
  // Core is isomorphic and typed without DOM or Node globals: `performance` exists in Node ≥ 16 and browsers.
  // Read at the first call, not at import: in Node, reading it loads perf_hooks (a few ms of a cold start),
  // and a run without a timed plugin never asks the time.
  const timer = (globalThis as { performance?: { now(): number } }).performance
  return timer ? timer.now() : Date.now()
}

/** The message of a `PLUGIN_TIMEOUT` diagnostic. */
export function overBudgetMessage(what: string, tookMs: number, budgetMs: number): string {
  return `${what} took ${Math.round(tookMs)} ms, over the budget of ${budgetMs} ms per call (limits.pluginCallMs); its result was discarded`
}

/**
 * What one plugin call gave: its value, or what it threw, and whether it overran the budget. The caller decides
 * which wins (a call that threw is reported as failed however long it took).
 */
export interface BudgetedCall<T> {
  readonly threw: boolean
  readonly error?: unknown
  readonly value?: T
  /** Milliseconds taken when the call was timed and took longer than the budget; else undefined. */
  readonly overranMs?: number
}

/** Runs one plugin call, catching what it throws and timing it when `timed` (see {@link timedCallsOf}). */
export function callWithBudget<T>(timed: boolean, budgetMs: number, call: () => T): BudgetedCall<T> {
  const started = timed ? clock() : 0
  let outcome: { threw: boolean; error?: unknown; value?: T }
  try {
    outcome = { threw: false, value: call() }
  } catch (error) {
    outcome = { threw: true, error }
  }
  const took = timed ? clock() - started : 0
  return took > budgetMs ? { ...outcome, overranMs: took } : outcome
}
