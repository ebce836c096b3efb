import type { EngineLimits } from '../limits/limits.js'
import type { CompiledModel } from '../model/compiled-model.js'
import type { ExplicitMethodology } from '../model/explicit-methodology.js'
import type { Plugin } from '../plugin/contract.js'
import type { Dataset, DatasetInput } from '../schema/dataset.js'
import type { Methodology } from '../schema/methodology.js'
import type { Scorecard } from '../schema/scorecard.js'
import type { ScorecardByUnit } from './scorecard-by-unit.js'
import type { ScoringSession } from './session.js'

/**
 * Options of {@link createEngine}: the plugins to register, and whether to include the built-in one.
 *
 * @example
 * ```ts
 * const options: EngineOptions = { plugins: [acme] }
 * createEngine(options).plugins.map((plugin) => plugin.name) // ['chiso', 'acme']
 * ```
 *
 * @category Scoring
 */
export interface EngineOptions {
  /** Plugins beyond the built-in one. Registration is explicit: there is no global registry. */
  plugins?: ReadonlyArray<Plugin>
  /** Include the built-in `chiso` plugin (default true). */
  builtins?: boolean
  /** Resource limits for what this engine compiles and evaluates (defaults: `DEFAULT_ENGINE_LIMITS`). */
  limits?: Partial<EngineLimits>
}

/**
 * Options of {@link CompiledMethodology.evaluate}.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { trace: false }
 * compiled.evaluate(dataset, options).units[0]?.nodes['1']?.trace // undefined
 * ```
 *
 * @category Scoring
 */
export interface EvaluateOptions {
  /** Record how every node's value came about — `trace` and `steps` (default true). Turn off for large batch runs. */
  trace?: boolean
  /**
   * The earlier periods of a panel, nearest first, for `chiso/impute-last-period`: each period's observed
   * leaf values. {@link scorePanel} fills it; without it a methodology that imputes from the last period is
   * refused (a single period has no last period).
   */
  earlier?: ReadonlyArray<ObservedPeriod>
  /** Called with this evaluation's observed leaf values (before imputation), for the next period's `earlier`. */
  onObserved?: (observed: ObservedValues) => void
}

/**
 * Observed leaf values of one period (before imputation, after denomination): leaf code → unit code → value.
 *
 * @example
 * ```ts
 * const observed: ObservedValues = new Map([['1.1', new Map([['dong-son', '3.5']])]])
 * ```
 *
 * @category Panels
 */
export type ObservedValues = ReadonlyMap<string, ReadonlyMap<string, string>>

/**
 * One earlier period of a panel and its observed leaf values (see {@link EvaluateOptions.earlier}).
 *
 * @example
 * ```ts
 * const earlier: ObservedPeriod = { period: '2022', values: new Map([['1.1', new Map([['dong-son', '3']])]]) }
 * ```
 *
 * @category Panels
 */
export interface ObservedPeriod {
  readonly period: string
  readonly values: ObservedValues
}

/**
 * What the compiled methodology knows about one leaf: its code and the input fields its rule reads.
 *
 * @example
 * ```ts
 * // compiled from the createEngine example
 * compiled.leaves[0] // { code: '1', rule: 'chiso/yes-no', fields: { value: { kind: 'boolean' } } }
 * ```
 *
 * @category Scoring
 */
export interface LeafInfo {
  readonly code: string
  readonly rule: string
  readonly fields: Readonly<Record<string, { kind: 'decimal' | 'boolean'; optional?: boolean }>>
}

/**
 * A methodology (*bộ chỉ số*) compiled by an engine: plugins resolved, options validated, tree checked.
 * Evaluate any number of datasets with it.
 *
 * @example
 * ```ts
 * // methodology and dataset of the createEngine example
 * const compiled: CompiledMethodology = createEngine().compile(methodology)
 * compiled.fingerprint.startsWith('sha256:') // true
 * compiled.evaluate(dataset).units.map((u) => u.indexDisplay) // ['100.00', '90.00']
 * ```
 *
 * @category Scoring
 */
export interface CompiledMethodology {
  /** The methodology with every default decided: exactly what is compiled and fingerprinted. */
  readonly methodology: ExplicitMethodology
  /** `sha256:…` of the methodology's canonical form. */
  readonly fingerprint: string
  /**
   * The compiled tree, read-only: nodes in evaluation order with their resolved rules, normalisers and
   * aggregators. What-if, the rank planner and the simulation kernel read it (no private copies).
   */
  readonly model: CompiledModel
  /** The engine that compiled it: changed versions (new weights, next year's methodology) recompile with its plugins. */
  readonly engine: Engine
  /** Every leaf, in tree order. */
  readonly leaves: ReadonlyArray<LeafInfo>
  /** Problems that do not prevent scoring (deprecated rules…), each with its path. */
  readonly warnings: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>
  /**
   * Scores and ranks a dataset (raw or parsed: it is checked against the schema and the engine's limits either
   * way); data problems become diagnostics, never exceptions.
   */
  evaluate(dataset: unknown, options?: EvaluateOptions): Scorecard
  /**
   * Scores and ranks a dataset as {@link CompiledMethodology.evaluate} does, but hands out each unit's node
   * results one unit at a time (`nodesOf(position)`), built when asked and not kept: for writing large
   * scorecards without holding every node of every unit. Keeps no reference to the dataset.
   */
  evaluateByUnit(dataset: unknown, options?: EvaluateOptions): ScorecardByUnit
  /**
   * Holds a dataset for repeated re-scoring: apply observation changes and get the new scorecard, re-evaluating
   * only the changed leaves, their ancestors and the cohort steps that depend on them.
   */
  session(dataset: Dataset | DatasetInput, options?: EvaluateOptions): ScoringSession
  /**
   * As JSON a compiled methodology is its methodology, fingerprint, leaves and warnings: the model and the
   * engine hold plugin code, which is not data.
   */
  toJSON(): {
    methodology: ExplicitMethodology
    fingerprint: string
    leaves: ReadonlyArray<LeafInfo>
    warnings: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>
  }
}

/**
 * A frozen engine: the registered plugins and what they provide. Make one with {@link createEngine}.
 *
 * @example
 * ```ts
 * const engine: Engine = createEngine()
 * engine.plugins.map((plugin) => plugin.name) // ['chiso']
 * engine.score(methodology, dataset).units[0]?.unit // 'B' (the createEngine example)
 * ```
 *
 * @category Scoring
 */
export interface Engine {
  readonly plugins: ReadonlyArray<Plugin>
  /** Parses (if needed) and compiles a methodology; throws a located `ChisoError` when it is invalid. */
  compile(methodology: unknown): CompiledMethodology
  /** Shorthand for `compile(methodology).evaluate(dataset, options)`. */
  score(methodology: unknown, dataset: unknown, options?: EvaluateOptions): Scorecard
}

export type { Methodology, Scorecard }
