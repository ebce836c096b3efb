import type { z } from 'zod'
import type { Dec, dec } from '../decimal/decimal.js'
import type { JsonPath } from '../errors/chiso-error.js'
import type { DiagnosticCode } from '../errors/codes.js'

/**
 * The plugin API version this build of chiso implements. A plugin declares the version it was written for;
 * `createEngine` refuses a plugin written for another version.
 *
 * @example
 * ```ts
 * import { PLUGIN_API_VERSION } from '@chiso/core'
 * PLUGIN_API_VERSION // 1
 * ```
 *
 * @category Plugins
 */
export const PLUGIN_API_VERSION = 1

/**
 * The type of one rule input: a decimal (`"7.5"`) or a yes/no (`true`; `1`/`0` are accepted too).
 *
 * @example
 * ```ts
 * const kind: InputKind = 'boolean' // what chiso/yes-no reads as `value`
 * ```
 *
 * @category Plugins
 */
export type InputKind = 'decimal' | 'boolean'

/**
 * An input the rule reads: its kind, and whether the rule can do without it.
 *
 * @example
 * ```ts
 * const total: InputField = { kind: 'decimal', optional: true }
 * ```
 *
 * @category Plugins
 */
export interface InputField {
  kind: InputKind
  optional?: boolean
}

/**
 * The inputs a rule reads, by field name (`value`, or e.g. `done` and `total`).
 *
 * @example
 * ```ts
 * // a share: observations with field 'done' and field 'total' feed the rule
 * const inputs: InputSpec = { done: 'decimal', total: { kind: 'decimal' } }
 * ```
 *
 * @category Plugins
 */
export type InputSpec = Readonly<Record<string, InputKind | InputField>>

/**
 * One input value handed to a rule: a decimal (already a `Dec`) or a yes/no.
 *
 * @example
 * ```ts
 * const values: RuleInputValue[] = [dec('7.5'), true]
 * ```
 *
 * @category Plugins
 */
export type RuleInputValue = Dec | boolean

/**
 * The inputs handed to a rule: every required field is present with its declared kind.
 *
 * @example
 * ```ts
 * // what a share rule receives for a unit that did 18 of 20 procedures online
 * const input: RuleInput = { done: dec(18), total: dec(20) }
 * ```
 *
 * @category Plugins
 */
export type RuleInput = Readonly<Record<string, RuleInputValue | undefined>>

/**
 * Severity of a diagnostic: `error` (the node cannot be scored), `warning` or `info`.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning'
 * const d = DiagnosticSchema.parse({ code: 'INPUT_RANGE', severity, message: 'done 21 exceeds total 20' })
 * d.severity // 'warning'
 * ```
 *
 * @category Plugins
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * Reports a data problem for the current unit and node; it becomes a diagnostic on the scorecard.
 *
 * @example
 * ```ts
 * // a rule's score reports through its context; the severity defaults to 'warning'
 * const score = ({ input, report, dec }: RuleContext<unknown>) => {
 *   if (input.value === undefined) report('INPUT_RANGE', 'no value: scored 0', 'error')
 *   return (input.value as Dec | undefined) ?? dec(0)
 * }
 * ```
 *
 * @category Plugins
 */
export type Reporter = (code: DiagnosticCode, message: string, severity?: Severity) => void

/**
 * Reports a data problem from a cohort step; `unitIndex` says which unit (index into `values`), if one.
 *
 * @example
 * ```ts
 * // a normaliser names the unit by its index in `values`
 * const normalise = ({ values, report }: NormaliserContext<unknown>) => {
 *   values.forEach((v, i) => { if (v?.isNegative()) report('INPUT_RANGE', 'negative value', 'warning', i) })
 *   return values
 * }
 * ```
 *
 * @category Plugins
 */
export type CohortReporter = (
  code: DiagnosticCode,
  message: string,
  severity?: Severity,
  unitIndex?: number,
) => void

/**
 * What a plugin item knows about the node it runs on.
 *
 * @example
 * ```ts
 * const node: NodeInfo = {
 *   code: '3.2.1', max: dec('1'), direction: 1, path: ['tree', 2, 'children', 1, 'children', 0],
 * }
 * ```
 *
 * @category Plugins
 */
export interface NodeInfo {
  /** The node's code (`3.2.1`). */
  readonly code: string
  /** The node's declared maximum, if any. */
  readonly max: Dec | null
  /** 1 when higher is better, -1 when lower is better. */
  readonly direction: 1 | -1
  /** The node's path in the methodology (`tree[2].children[0]`). */
  readonly path: JsonPath
}

/**
 * A located problem found by an item's `check` (the path is relative to the item's `with` options).
 *
 * @example
 * ```ts
 * // returned by check() for { points: '3' } on a node with max '2'
 * const issue: OptionIssue = { path: ['points'], message: 'points 3 exceed the node maximum 2' }
 * ```
 *
 * @category Plugins
 */
export interface OptionIssue {
  path: JsonPath
  message: string
}

/**
 * Deprecation of a plugin item, as data: methodologies using the item still compile, with a warning.
 *
 * @example
 * ```ts
 * const deprecated: Deprecation = { since: '2.0.0', replacedBy: 'acme/on-time-share' }
 * ```
 *
 * @category Plugins
 */
export interface Deprecation {
  since: string
  replacedBy?: string
  message?: string
}

/**
 * Documentation of a plugin item: titles, description, docs link and deprecation.
 *
 * @example
 * ```ts
 * const meta: ItemMeta = { title: 'Min-max rescaling', titleVi: 'Chuẩn hoá min-max' }
 * ```
 *
 * @category Plugins
 */
export interface ItemMeta {
  /** Short English title. */
  title: string
  /** Vietnamese title, when there is one. */
  titleVi?: string
  /** What it does, in a sentence or two. */
  description?: string
  /** Where to read more (URL). */
  docs?: string
  /** When set, methodologies using the item compile with a warning. */
  deprecated?: Deprecation
}

/**
 * Documentation of a rule, and which inputs it reads.
 *
 * @example
 * ```ts
 * const meta: RuleMeta<{ points?: string }> = {
 *   title: 'Yes/no points', titleVi: 'Có/không', inputs: { value: 'boolean' },
 * }
 * ```
 *
 * @category Plugins
 */
export interface RuleMeta<O> extends ItemMeta {
  /** The inputs the rule reads, fixed or depending on its options. Default `{ value: 'decimal' }`. */
  inputs?: InputSpec | ((options: O) => InputSpec)
  /**
   * `points` (default): the result is bounded by the node's maximum and the engine checks it.
   * `value`: a raw indicator value for composite indexes, not bounded.
   */
  produces?: 'points' | 'value'
}

/**
 * What a rule's `check` and `outcomes` receive: the validated options, the node, and `dec`.
 *
 * @example
 * ```ts
 * // a yes/no rule worth `points` can give 0 or the points
 * const outcomes = ({ options, dec }: RuleStaticContext<{ points: string }>) => [dec(0), dec(options.points)]
 * ```
 *
 * @category Plugins
 */
export interface RuleStaticContext<O> {
  readonly options: O
  readonly node: NodeInfo
  readonly dec: typeof dec
}

/**
 * What a rule's `score` receives for one unit (*đơn vị*): its inputs, a reporter, and the static context.
 *
 * @example
 * ```ts
 * const score = ({ input, options, dec }: RuleContext<{ points: string }>) =>
 *   input.value === true ? dec(options.points) : dec(0)
 * ```
 *
 * @category Plugins
 */
export interface RuleContext<O> extends RuleStaticContext<O> {
  /** The unit's inputs, each with its declared kind. */
  readonly input: RuleInput
  /** Reports a data problem for this unit and node. */
  readonly report: Reporter
}

/**
 * A leaf rule: turns one unit's observations into points (or a raw value) for a criterion (*tiêu chí*).
 * Write it with `defineRule`. `score` must be pure; the engine validates `options` before any scoring, checks
 * the result against the node's bounds, and records the trace.
 *
 * @example
 * ```ts
 * const onTime: RuleDefinition<{ points: string }> = defineRule({
 *   id: 'acme/on-time', meta: { title: 'Report sent on time', inputs: { value: 'boolean' } },
 *   options: z.object({ points: z.string().default('1') }),
 *   score: ({ input, options, dec }) => (input.value === true ? dec(options.points) : dec(0)),
 * })
 * onTime.kind // 'rule'
 * ```
 *
 * @category Plugins
 */
export interface RuleDefinition<O = unknown> {
  readonly kind: 'rule'
  /** `namespace/name`, e.g. `chiso/bands`. */
  readonly id: string
  readonly meta: RuleMeta<O>
  /** The zod schema of the rule's options (`with`), with defaults. */
  readonly options: z.ZodType<O>
  /** Checks options against the node (e.g. points above the node's maximum). */
  check?(context: RuleStaticContext<O>): ReadonlyArray<OptionIssue>
  /**
   * Scores one unit: points (or a value) as a `Dec` or a decimal string — or `'NA'` when the criterion does
   * not apply to this unit given its inputs (e.g. no dossier was received), which removes the node's maximum
   * from the unit's maximum exactly like an `NA` observation.
   */
  score(context: RuleContext<O>): Dec | string
  /** Every result the rule can give (bands, yes/no), for the rank planner; omit for continuous rules. */
  outcomes?(context: RuleStaticContext<O>): ReadonlyArray<Dec>
}

/**
 * What a normaliser receives: one node's column of values over all units.
 *
 * @example
 * ```ts
 * // divide a 10-point column by 10; units without a value stay null
 * const normalise = ({ values }: NormaliserContext<unknown>) =>
 *   values.map((v) => (v === null ? null : v.div(10)))
 * ```
 *
 * @category Plugins
 */
export interface NormaliserContext<O> {
  /** One value per unit, `null` where the unit has none (missing, not applicable, error). */
  readonly values: ReadonlyArray<Dec | null>
  readonly options: O
  readonly node: NodeInfo
  readonly dec: typeof dec
  readonly report: CohortReporter
  /**
   * The unit codes, position for position with `values` (for normalisers that refer to a unit, such as a
   * distance to a reference unit). Absent when a caller has no unit codes.
   */
  readonly units?: ReadonlyArray<string>
  /** Each unit's group (`undefined` for a unit without one), position for position with `values`. */
  readonly groups?: ReadonlyArray<string | undefined>
  /**
   * In a panel: the earlier periods' observed values of this node, nearest period first, each position for
   * position with `values` (`null` where the unit had none). Absent outside a panel.
   */
  readonly history?: ReadonlyArray<{ readonly period: string; readonly values: ReadonlyArray<Dec | null> }>
}

/**
 * Documentation of a cohort step, and the stage of the pipeline it serves: `normalise` (default, a node's
 * `normalise`), `impute` (a leaf's `impute`: fills the `null` values and leaves the others as they are) or
 * `treat` (a leaf's `treat`: outlier treatment after screening). A methodology that uses an item at another
 * stage is refused when compiled.
 *
 * @example
 * ```ts
 * const meta: NormaliserMeta = { title: 'Mean of the cohort', stage: 'impute' }
 * ```
 *
 * @category Plugins
 */
export interface NormaliserMeta extends ItemMeta {
  stage?: 'normalise' | 'impute' | 'treat'
}

/**
 * A cohort normaliser: rescales a node's values using the whole column (min-max, z-score, rank…).
 * It returns one value per unit (`null` stays `null`). Write it with `defineNormaliser`.
 *
 * @example
 * ```ts
 * const scale: NormaliserDefinition<{ by: string }> = defineNormaliser({
 *   id: 'acme/scale', meta: { title: 'Divide by a factor' },
 *   options: z.object({ by: z.string().default('10') }),
 *   normalise: ({ values, options }) => values.map((v) => (v === null ? null : v.div(options.by))),
 * })
 * scale.kind // 'normaliser'
 * ```
 *
 * @category Plugins
 */
export interface NormaliserDefinition<O = unknown> {
  readonly kind: 'normaliser'
  readonly id: string
  readonly meta: NormaliserMeta
  readonly options: z.ZodType<O>
  check?(context: { readonly options: O; readonly node: NodeInfo }): ReadonlyArray<OptionIssue>
  normalise(context: NormaliserContext<O>): ReadonlyArray<Dec | null>
}

/**
 * One child handed to an aggregator: only children that are present (not missing, not applicable,
 * *không áp dụng*).
 *
 * @example
 * ```ts
 * const child: AggregatorChild = { code: '1.1', value: dec('1.5'), weight: dec(1), max: dec(2) }
 * ```
 *
 * @category Plugins
 */
export interface AggregatorChild {
  readonly code: string
  readonly value: Dec
  /** The child's declared relative weight (default 1); aggregators rescale over the children present. */
  readonly weight: Dec
  /** The child's applicable maximum, for additive trees; else `null`. */
  readonly max: Dec | null
}

/**
 * What an aggregator receives for one unit and node: the children present, options, node and reporter.
 *
 * @example
 * ```ts
 * const aggregate = ({ children, dec }: AggregatorContext<unknown>) =>
 *   children.reduce((sum, child) => sum.plus(child.value), dec(0)) // 1.5 + 2 → 3.5
 * ```
 *
 * @category Plugins
 */
export interface AggregatorContext<O> {
  readonly children: ReadonlyArray<AggregatorChild>
  readonly options: O
  readonly node: NodeInfo
  readonly dec: typeof dec
  readonly report: Reporter
}

/**
 * Documentation of an aggregator, and whether it adds points (so nodes keep a maximum).
 *
 * @example
 * ```ts
 * const meta: AggregatorMeta = { title: 'Sum of points', titleVi: 'Tổng điểm', additive: true }
 * ```
 *
 * @category Plugins
 */
export interface AggregatorMeta extends ItemMeta {
  /**
   * True for point sums: the node's applicable maximum is the sum of its children's (capped at the node's
   * declared maximum) and its index is points ÷ maximum × 100. False (default) for means: no maximum.
   */
  additive?: boolean
  /**
   * False for aggregators that ignore their children's weights (`chiso/sum`, `chiso/min`): a weight under such
   * a node changes nothing, so compiling warns about one and what-if refuses to change one. Default true.
   */
  weighted?: boolean
}

/**
 * An aggregator: combines a node's children into its value, for one unit. Returning `null` means the value
 * cannot be computed (report why). Write it with `defineAggregator`.
 *
 * @example
 * ```ts
 * const sum = builtinPlugin.aggregators?.find((item) => item.id === 'chiso/sum')
 * sum?.kind           // 'aggregator'
 * sum?.meta.additive  // true
 * ```
 *
 * @category Plugins
 */
export interface AggregatorDefinition<O = unknown> {
  readonly kind: 'aggregator'
  readonly id: string
  readonly meta: AggregatorMeta
  readonly options: z.ZodType<O>
  check?(context: { readonly options: O; readonly node: NodeInfo }): ReadonlyArray<OptionIssue>
  aggregate(context: AggregatorContext<O>): Dec | null
}

/**
 * Any plugin item: a rule, a normaliser or an aggregator (tell them apart by `kind`).
 *
 * @example
 * ```ts
 * const describeItem = (item: PluginItem): string =>
 *   item.kind === 'rule' ? `${item.id}: ${item.meta.title}` : `${item.kind} ${item.id}`
 * // describeItem(chiso/yes-no) → 'chiso/yes-no: Yes/no points'
 * ```
 *
 * @category Plugins
 */
export type PluginItem =
  // biome-ignore lint/suspicious/noExplicitAny: an item of any option type (options are checked by its own schema)
  | RuleDefinition<any>
  // biome-ignore lint/suspicious/noExplicitAny: see above
  | NormaliserDefinition<any>
  // biome-ignore lint/suspicious/noExplicitAny: see above
  | AggregatorDefinition<any>

/**
 * A plugin: a namespace with rules, normalisers and aggregators. Pass plugins to `createEngine`; there is no
 * global registry.
 *
 * @example
 * ```ts
 * const acme: Plugin = definePlugin({ name: 'acme', version: '1.0.0', rules: [onTime] })
 * acme.apiVersion // 1
 * createEngine({ plugins: [acme] }).plugins.map((plugin) => plugin.name) // ['chiso', 'acme']
 * ```
 *
 * @category Plugins
 */
export interface Plugin {
  /** The namespace: every item id starts with `name/`. */
  readonly name: string
  /** The plugin's own version. */
  readonly version?: string
  /** The {@link PLUGIN_API_VERSION} it was written for. */
  readonly apiVersion: number
  // biome-ignore lint/suspicious/noExplicitAny: items of any option type live side by side in one plugin
  readonly rules?: ReadonlyArray<RuleDefinition<any>>
  // biome-ignore lint/suspicious/noExplicitAny: see above
  readonly normalisers?: ReadonlyArray<NormaliserDefinition<any>>
  // biome-ignore lint/suspicious/noExplicitAny: see above
  readonly aggregators?: ReadonlyArray<AggregatorDefinition<any>>
}
