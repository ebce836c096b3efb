/**
 * Every code a {@link ChisoError} can carry, with what it means. Codes are stable: scripts and the CLI's exit
 * codes depend on them.
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from '@chiso/core'
 * ERROR_CODES.INVALID_METHODOLOGY // 'INVALID_METHODOLOGY'
 * ```
 *
 * @category Errors
 */
export const ERROR_CODES = {
  /** A methodology file does not match the methodology schema (the path says where). */
  INVALID_METHODOLOGY: 'INVALID_METHODOLOGY',
  /** A dataset does not match the dataset schema (the path says where). */
  INVALID_DATASET: 'INVALID_DATASET',
  /** A scorecard does not match the scorecard schema. */
  INVALID_SCORECARD: 'INVALID_SCORECARD',
  /** Two nodes of one methodology share a code. */
  DUPLICATE_NODE_CODE: 'DUPLICATE_NODE_CODE',
  /** A node, rule or option refers to something that does not exist (a tie-breaker node, a band). */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** A methodology uses a rule, normaliser or aggregator id that no registered plugin provides. */
  UNKNOWN_PLUGIN_ITEM: 'UNKNOWN_PLUGIN_ITEM',
  /** A methodology requires a plugin that was not passed to `createEngine`. */
  PLUGIN_MISSING: 'PLUGIN_MISSING',
  /** A plugin is malformed: bad id, wrong API version, duplicate ids. */
  INVALID_PLUGIN: 'INVALID_PLUGIN',
  /** The options (`with`) of a rule, normaliser or aggregator are invalid for it or for its node. */
  INVALID_OPTIONS: 'INVALID_OPTIONS',
  /** The tree is inconsistent (children's maxima exceed the parent's, a leaf without a required maximum…). */
  INVALID_TREE: 'INVALID_TREE',
  /** A configured limit (depth, nodes, units) was exceeded. */
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  /** A value that must be a decimal is not one. */
  INVALID_DECIMAL: 'INVALID_DECIMAL',
  /** A unit or node asked for (e.g. by `explain`) does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** A methodology reference (`id@version`, `id@range`, `id@year`) is malformed. */
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  /** A methodology diff does not apply: it was made from another methodology, or it is malformed. */
  INVALID_DIFF: 'INVALID_DIFF',
  /** A crosswalk between two methodology versions is malformed or does not fit them (the path says where). */
  INVALID_CROSSWALK: 'INVALID_CROSSWALK',
  /** A unit registry is malformed or inconsistent: overlapping validity, dangling lineage, cycles. */
  INVALID_UNIT_REGISTRY: 'INVALID_UNIT_REGISTRY',
  /** A planner's costs file is malformed (the path says where). */
  INVALID_COSTS: 'INVALID_COSTS',
  /** A simulation spec is malformed (the path says where). */
  INVALID_SIMULATION_SPEC: 'INVALID_SIMULATION_SPEC',
  /** A survey spec is malformed, or names an item the survey file does not hold (the path says where). */
  INVALID_SURVEY_SPEC: 'INVALID_SURVEY_SPEC',
  /** An argument of an API call is outside its domain (a rank target or run count that is not a whole number). */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A file cannot be read: it is missing, a directory, or not text in its encoding (UTF-8, UTF-16…). */
  UNREADABLE_FILE: 'UNREADABLE_FILE',
  /** An output file cannot be written (a missing directory, no permission). */
  UNWRITABLE_FILE: 'UNWRITABLE_FILE',
  /** A file's type (its extension) is not one that is read or written here (`.yaml`, `.json`, `.csv`, `.xlsx`). */
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  /** A YAML or JSON file is not well formed (the row and column say where). */
  INVALID_SYNTAX: 'INVALID_SYNTAX',
  /** A CSV file cannot be parsed: an unclosed quote, a row longer than the header, no header row. */
  INVALID_CSV: 'INVALID_CSV',
  /** A file is not a readable XLSX workbook (an `.xls` file, a damaged or disguised ZIP). */
  INVALID_XLSX: 'INVALID_XLSX',
  /** A table's header lacks a column it needs (`unit`, `node`, `value`…), or the header row or sheet is empty. */
  INVALID_HEADER: 'INVALID_HEADER',
  /** No column of a wide table's header names a leaf of the methodology (or is mapped to one). */
  NO_LEAF_COLUMNS: 'NO_LEAF_COLUMNS',
  /** A cell of a table cannot be read (text where a number is expected…); each rejected cell is one issue. */
  INVALID_CELL: 'INVALID_CELL',
  /** An import mapping (header → leaf code, unit column, header row) is malformed. */
  INVALID_MAPPING: 'INVALID_MAPPING',
  /** A plan file (the JSON output of a plan) is malformed (the path says where). */
  INVALID_PLAN: 'INVALID_PLAN',
  /** A simulation file (the JSON output of a simulation) is malformed (the path says where). */
  INVALID_SIMULATION: 'INVALID_SIMULATION',
  /** A file was made under another methodology than the one given with it (its fingerprint differs). */
  FINGERPRINT_MISMATCH: 'FINGERPRINT_MISMATCH',
  /** A file does not match the data given with it (another rank or index for the same unit). */
  DATA_MISMATCH: 'DATA_MISMATCH',
  /** A file or option names a unit that the data does not have. */
  UNKNOWN_UNIT: 'UNKNOWN_UNIT',
  /** A file or option names a node that the methodology does not have. */
  UNKNOWN_NODE: 'UNKNOWN_NODE',
  /** An option needs another one that was not given (`--format xlsx` without `--out`). */
  MISSING_OUT: 'MISSING_OUT',
  /** An input cannot be used, and no more specific code says why (a COINr table with several periods…). */
  INVALID_INPUT: 'INVALID_INPUT',
  /** A panel (several periods) cannot be scored: a period without a methodology, a period twice. */
  INVALID_PANEL: 'INVALID_PANEL',
  /** A registry does not cover the data: a unit of some period has no record valid in that period. */
  UNMAPPED_UNIT: 'UNMAPPED_UNIT',
  /** A targets or owners file is malformed or names an unknown node, unit or period (the path says where). */
  INVALID_TARGETS: 'INVALID_TARGETS',
  /** An invariant of chiso itself failed: a bug, please report it. */
  INTERNAL: 'INTERNAL',
} as const

/**
 * One of {@link ERROR_CODES}: the stable code of a {@link ChisoError}.
 *
 * @example
 * ```ts
 * const code: ErrorCode = ERROR_CODES.NOT_FOUND
 * new ChisoError(code, 'the scorecard has no unit "X"').code // 'NOT_FOUND'
 * ```
 *
 * @category Errors
 */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/**
 * Every code a {@link Diagnostic} can carry. Diagnostics describe data problems; they never abort a ranking.
 * Plugins may add their own codes (prefix them with the plugin's namespace).
 *
 * @example
 * ```ts
 * import { DIAGNOSTIC_CODES } from '@chiso/core'
 * DIAGNOSTIC_CODES.MISSING_VALUE // 'MISSING_VALUE'
 * ```
 *
 * @category Errors
 */
export const DIAGNOSTIC_CODES = {
  /** A leaf has no observation for a unit and the node's policy is `error`: the unit cannot be ranked. */
  MISSING_VALUE: 'MISSING_VALUE',
  /** A leaf has no observation for a unit and was left out (`skip`): weights are rescaled, the maximum shrinks. */
  MISSING_SKIPPED: 'MISSING_SKIPPED',
  /** A leaf has no observation for a unit and was counted as zero (`zero`). */
  MISSING_ZERO: 'MISSING_ZERO',
  /** An observation names a unit that the dataset does not list. */
  UNKNOWN_UNIT: 'UNKNOWN_UNIT',
  /** An observation names a node that the methodology does not have. */
  UNKNOWN_NODE: 'UNKNOWN_NODE',
  /** An observation is attached to an aggregate node; only leaves take observations. */
  NOT_A_LEAF: 'NOT_A_LEAF',
  /** An observation has a field the node's rule does not read. */
  UNUSED_FIELD: 'UNUSED_FIELD',
  /** Two observations for the same unit, node, field and source: the first is used. */
  DUPLICATE_OBSERVATION: 'DUPLICATE_OBSERVATION',
  /** An observation has the wrong type for the rule (text where a number is expected, …). */
  INPUT_TYPE: 'INPUT_TYPE',
  /** An input is outside what the rule accepts (a negative count, a share above 1, a zero total…). */
  INPUT_RANGE: 'INPUT_RANGE',
  /** The appraised value differs from the self-assessed one; the appraised value is used. */
  APPRAISAL_CHANGED: 'APPRAISAL_CHANGED',
  /** An observation names an assessment round that neither the methodology nor the dataset declares; ignored. */
  UNDECLARED_ROUND: 'UNDECLARED_ROUND',
  /** A later assessment round changed a leaf's value; the later value is used (both values and the comment said). */
  ROUND_CHANGED: 'ROUND_CHANGED',
  /** An assessment round left a cell empty while an earlier round had a value; the earlier value stands. */
  ROUND_EMPTY: 'ROUND_EMPTY',
  /** A claim without evidence scored 0 under a round's declared `withoutEvidence: zero` policy. */
  CLAIM_WITHOUT_EVIDENCE: 'CLAIM_WITHOUT_EVIDENCE',
  /** A rule threw; the node counts as an error for this unit. */
  RULE_FAILED: 'RULE_FAILED',
  /** A rule returned something that is not a decimal. */
  RULE_NOT_DECIMAL: 'RULE_NOT_DECIMAL',
  /** A rule returned points outside [0, max]; they were clamped. */
  RULE_OUT_OF_BOUNDS: 'RULE_OUT_OF_BOUNDS',
  /**
   * A plugin's rule, aggregator or normaliser took longer than `limits.pluginCallMs` for one call; its result
   * was discarded and the node counts as an error (built-in items are not timed).
   */
  PLUGIN_TIMEOUT: 'PLUGIN_TIMEOUT',
  /** A normaliser threw or returned the wrong shape. */
  NORMALISER_FAILED: 'NORMALISER_FAILED',
  /** A normaliser could not separate units (all values equal, zero spread) and used its fallback. */
  NO_SPREAD: 'NO_SPREAD',
  /** An aggregator threw or returned something that is not a decimal. */
  AGGREGATOR_FAILED: 'AGGREGATOR_FAILED',
  /** An aggregator cannot use a value (zero or negative for a geometric or harmonic mean). */
  AGGREGATOR_DOMAIN: 'AGGREGATOR_DOMAIN',
  /** All children that are present have weight zero. */
  ZERO_WEIGHTS: 'ZERO_WEIGHTS',
  /** A node's children earned more than the node's maximum; the node was capped at its maximum. */
  CAPPED_AT_MAX: 'CAPPED_AT_MAX',
  /** A leaf's denominator (a data column) is missing or zero for a unit: its value counts as missing. */
  DENOMINATOR_MISSING: 'DENOMINATOR_MISSING',
  /** A leaf's missing values were imputed (the count and the units are in the message). */
  IMPUTED: 'IMPUTED',
  /** A unit's data availability is below the methodology's screening threshold: it is left out and not ranked. */
  SCREENED_OUT: 'SCREENED_OUT',
  /** An aggregate has fewer children with a value than its `minPresent` threshold: it counts as missing. */
  BELOW_MIN_PRESENT: 'BELOW_MIN_PRESENT',
  /** A leaf's outlier treatment: what was done (points winsorised, skew and kurtosis before and after). */
  TREATED: 'TREATED',
  /** An outlier treatment could not run (too few values); the values were left untreated. */
  TREATMENT_FAILED: 'TREATMENT_FAILED',
  /** A unit has no index (errors or nothing applicable) and is not ranked. */
  UNRANKED: 'UNRANKED',
  /** A unit's index lies below every band's threshold. */
  NO_BAND: 'NO_BAND',
} as const

/**
 * One of {@link DIAGNOSTIC_CODES}, or a plugin's own code (prefixed with the plugin's namespace).
 *
 * @example
 * ```ts
 * const builtIn: DiagnosticCode = DIAGNOSTIC_CODES.MISSING_ZERO // 'MISSING_ZERO'
 * const own: DiagnosticCode = 'acme/late-report'
 * ```
 *
 * @category Errors
 */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[keyof typeof DIAGNOSTIC_CODES] | (string & {})
