import { dec } from '../decimal/decimal.js'
import { ChisoError, type ChisoIssue, formatPath, type JsonPath } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { withErrorReason } from '../errors/error-reason.js'
import { throwZodError } from '../errors/from-zod.js'
import { checkDatasetCounts, checkDatasetLimits, checkMethodologyLimits } from '../limits/check-limits.js'
import { type EngineLimits, resolveLimits } from '../limits/limits.js'
import { type Dataset, DatasetSchema } from './dataset.js'
import { freezeCheckedDataset, isFrozenCheckedDataset } from './frozen-dataset.js'
import { datasetWithLazyObservations, lazyObservationsOf } from './lazy-observations.js'
import { type Methodology, MethodologySchema } from './methodology.js'
import type { MethodologyNode } from './node.js'
import { type Scorecard, ScorecardSchema } from './scorecard.js'
import { parseWellFormedDataset, parseWellFormedUnits } from './well-formed-dataset.js'
import { parseWellFormedMethodology } from './well-formed-methodology.js'

/**
 * Options of {@link parseMethodology} and {@link parseDataset}: the resource limits to enforce (defaults:
 * {@link DEFAULT_ENGINE_LIMITS}).
 *
 * @example
 * ```ts
 * const options: ParseOptions = { limits: { maxDepth: 8 } }
 * parseMethodology(document, options)
 * ```
 *
 * @category Methodology format
 */
export interface ParseOptions {
  /** Limits to enforce; those not given keep their defaults. */
  limits?: Partial<EngineLimits>
}

/**
 * Parses an unknown value (from JSON or YAML) into a {@link Methodology}, or throws a {@link ChisoError}
 * listing every problem with its path (`tree[2].children[0].rule.with.bands[1].points: expected a decimal
 * string`). Besides the schema it checks the tree's structure: each node has either children or a rule, codes
 * are unique, and tie-breakers name existing nodes. Rule options are checked later, by `engine.compile`.
 *
 * @example
 * ```ts
 * const methodology = parseMethodology({
 *   id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Area 1', max: '10', rule: { use: 'chiso/points' } }],
 * })
 * methodology.display // { decimals: 2, mode: 'half-up' }
 * ```
 *
 * @category Methodology format
 */
export function parseMethodology(input: unknown, options: ParseOptions = {}): Methodology {
  // Limits first, with explicit stacks: the schema walks the tree recursively, and a tree nested thousands of
  // levels deep would overflow the call stack inside it.
  checkMethodologyLimits(input, resolveLimits(options.limits))
  // A methodology written the usual way is read without zod (the schema's result, built by hand); anything
  // else goes through the schema, which writes the messages.
  const methodology = parseWellFormedMethodology(input) ?? parseBySchema(input)
  const issues = checkTreeStructure(methodology)
  if (issues.length > 0) {
    throw new ChisoError(
      ERROR_CODES.INVALID_METHODOLOGY,
      `invalid methodology: ${issues.length} problem(s)`,
      {
        issues,
      },
    )
  }
  return methodology
}

function parseBySchema(input: unknown): Methodology {
  // jitless: zod would otherwise generate and compile a parser for each object shape on the first parse, which
  // pays only when a schema parses many objects; a methodology is parsed once per run (about 5 % of a cold
  // `chiso score`, docs/performance.md). Same checks, same issues.
  const parsed = MethodologySchema.safeParse(input, { jitless: true })
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_METHODOLOGY, 'invalid methodology', parsed.error)
  return parsed.data
}

function checkTreeStructure(methodology: Methodology): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const seen = new Map<string, JsonPath>()
  const visit = (node: MethodologyNode, path: JsonPath) => {
    const first = seen.get(node.code)
    if (first) {
      issues.push(
        withErrorReason(
          {
            path: [...path, 'code'],
            message: `duplicate node code "${node.code}" (also at ${formatPath(first)})`,
          },
          { code: 'methodology.duplicate-node', params: { node: node.code, first: formatPath(first) } },
        ),
      )
    } else seen.set(node.code, path)
    if (node.children && node.rule) {
      issues.push(
        withErrorReason(
          { path: [...path, 'rule'], message: 'a node has either children or a rule, not both' },
          { code: 'methodology.children-and-rule', params: {} },
        ),
      )
    }
    if (!node.children && !node.rule) {
      issues.push(
        withErrorReason(
          { path, message: 'a leaf needs a rule (e.g. { use: "chiso/points" }), or give it children' },
          { code: 'methodology.leaf-needs-rule', params: {} },
        ),
      )
    }
    if (!node.children && node.aggregate) {
      issues.push({ path: [...path, 'aggregate'], message: 'only nodes with children can aggregate' })
    }
    node.children?.forEach((child, index) => {
      visit(child, [...path, 'children', index])
    })
  }
  methodology.tree.forEach((node, index) => {
    visit(node, ['tree', index])
  })
  issues.push(...degenerate(methodology))
  methodology.ranking.tieBreakers.forEach((breaker, index) => {
    if (!seen.has(breaker.node)) {
      issues.push(
        withErrorReason(
          { path: ['ranking', 'tieBreakers', index, 'node'], message: `no node has code "${breaker.node}"` },
          { code: 'methodology.no-breaker-node', params: { node: breaker.node } },
        ),
      )
    }
  })
  const thresholds = new Set<string>()
  methodology.bands.forEach((band, index) => {
    if (thresholds.has(band.atLeast)) {
      issues.push({ path: ['bands', index, 'atLeast'], message: `two bands start at ${band.atLeast}` })
    }
    thresholds.add(band.atLeast)
  })
  return issues
}

/**
 * Methodologies that validate but cannot rank anyone: siblings whose weights are all 0 (a weighted mean with
 * nothing to weigh), maxima that are all 0 (no unit can score a point), a composite scale of 0 or below
 * (every composite 0, or the order reversed).
 */
function degenerate(methodology: Methodology): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const zero = (text: string | undefined) => text !== undefined && dec(text).isZero()
  const siblings = (nodes: ReadonlyArray<MethodologyNode>, path: JsonPath) => {
    if (nodes.length > 0 && nodes.every((node) => zero(node.weight)))
      issues.push({
        path: [...path, 0, 'weight'],
        message: `every weight among these ${nodes.length} siblings is 0: their mean has nothing to weigh (give at least one a weight above 0)`,
      })
    nodes.forEach((node, index) => {
      if (node.children) siblings(node.children, [...path, index, 'children'])
    })
  }
  siblings(methodology.tree, ['tree'])
  const maxima: Array<{ max: string; path: JsonPath }> = []
  const collect = (nodes: ReadonlyArray<MethodologyNode>, path: JsonPath) =>
    nodes.forEach((node, index) => {
      if (node.max !== undefined) maxima.push({ max: node.max, path: [...path, index, 'max'] })
      if (node.children) collect(node.children, [...path, index, 'children'])
    })
  collect(methodology.tree, ['tree'])
  if (maxima.length > 0 && maxima.every((entry) => zero(entry.max)))
    issues.push({
      path: maxima[0]?.path ?? ['tree'],
      message: 'every max in the tree is 0: no unit can score a point',
    })
  if (methodology.result.type === 'composite' && !dec(methodology.result.scale).gt(0))
    issues.push({
      path: ['result', 'scale'],
      message: `a scale of ${methodology.result.scale} ${dec(methodology.result.scale).isZero() ? 'makes every composite 0' : 'reverses the ranking'}: expected a scale above 0`,
    })
  return issues
}

/**
 * Options of {@link parseDataset}: the resource limits, and whether to freeze the result so that it is
 * checked once for every later use.
 *
 * @example
 * ```ts
 * const options: DatasetParseOptions = { limits: { maxUnits: 20_000 }, freeze: true }
 * const dataset = parseDataset(input, options)
 * ```
 *
 * @category Datasets
 */
export interface DatasetParseOptions extends ParseOptions {
  /**
   * Build the dataset from new objects only (none shared with the input) and deep-freeze it (default
   * `false`). Later parses of the frozen dataset — `parseDataset` itself, and the one inside every
   * `compiled.evaluate`, `evaluateByUnit` and `session` — check only the limits and take it as it is,
   * instead of going through every observation again: worth it when one dataset is scored many times (one
   * methodology build after another, a benchmark), not for one evaluation (freezing costs about as much as
   * one check). Nothing in it can change afterwards (assigning to it throws in strict code), so no change
   * can slip past the check; the input itself is left as it was, unfrozen. Parts of it that a scorecard
   * refers to (a diagnostic's `origin`, a trace's evidence) are the frozen objects themselves.
   */
  freeze?: boolean
}

/**
 * Parses an unknown value into a {@link Dataset}, or throws a {@link ChisoError} listing every problem with
 * its path (`observations[12].value: expected a decimal string, got "abc"`). Observations (and their origins)
 * that are already exactly what the schema would build are reused rather than copied, which halves the
 * memory of a large import (and makes parsing an already parsed dataset cheap): do not modify the input
 * afterwards. With `freeze: true` the result is a deep-frozen copy instead, checked once for good (see
 * {@link DatasetParseOptions.freeze}); a dataset frozen so is returned as it is by every later parse.
 *
 * @example
 * ```ts
 * parseDataset({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1', value: 'NA' }] })
 *
 * // One dataset scored by many builds: checked here once, not at every evaluate.
 * const checked = parseDataset(input, { freeze: true })
 * parseDataset(checked) === checked // true: not gone through again
 * Object.isFrozen(checked.observations[0]) // true
 * ```
 *
 * @category Datasets
 */
export function parseDataset(input: unknown, options: DatasetParseOptions = {}): Dataset {
  // Observations still kept as a builder's columns, every one checked as it was added: only the units are
  // read here, and the result keeps the columns (nothing reads `observations`, which would make the objects).
  const lazy = options.freeze === true ? undefined : lazyObservationsOf(input)
  if (lazy?.wellFormed && onlyUnitsAndObservations(input)) {
    checkDatasetCounts(input.units.length, lazy.count, resolveLimits(options.limits))
    const units = parseWellFormedUnits(input.units)
    if (units !== undefined) {
      refuseDuplicateUnits(units)
      return datasetWithLazyObservations(units, lazy) as Dataset
    }
  }
  checkDatasetLimits(input, resolveLimits(options.limits))
  // Checked and deep-frozen by an earlier parse: nothing in it can have changed since, so a check now would
  // find exactly what the first one found (the limits, which may differ between engines, were checked above).
  if (isFrozenCheckedDataset(input)) return input
  const fresh = options.freeze === true
  let dataset = parseWellFormedDataset(input, fresh)
  if (dataset === undefined) {
    const parsed = DatasetSchema.safeParse(input)
    if (!parsed.success) throwZodError(ERROR_CODES.INVALID_DATASET, 'invalid dataset', parsed.error)
    dataset = parsed.data
  }
  refuseDuplicateUnits(dataset.units)
  // Every object of `dataset` is new here (the schema's output, or the well-formed path told not to reuse the
  // input's): the caller holds no reference into it that could change it after the freeze.
  return fresh ? freezeCheckedDataset(dataset) : dataset
}

/** Throws the dataset error listing every unit code given twice. */
function refuseDuplicateUnits(units: Dataset['units']): void {
  const issues: ChisoIssue[] = []
  const codes = new Set<string>()
  units.forEach((unit, index) => {
    if (codes.has(unit.code))
      issues.push(
        withErrorReason(
          { path: ['units', index, 'code'], message: `duplicate unit code "${unit.code}"` },
          { code: 'dataset.duplicate-unit', params: { unit: unit.code } },
        ),
      )
    codes.add(unit.code)
  })
  if (issues.length > 0) {
    throw new ChisoError(ERROR_CODES.INVALID_DATASET, `invalid dataset: ${issues.length} problem(s)`, {
      issues,
    })
  }
}

/** Whether a dataset with lazy observations holds nothing else but its units (keys read without getters). */
function onlyUnitsAndObservations(input: unknown): input is { units: unknown[] } {
  if (typeof input !== 'object' || input === null) return false
  const keys = Object.keys(input)
  const { units } = input as { units?: unknown }
  return keys.length === 2 && keys[0] === 'units' && keys[1] === 'observations' && Array.isArray(units)
}

/**
 * Parses an unknown value (e.g. a scorecard read back from JSON) into a {@link Scorecard}.
 *
 * @example
 * ```ts
 * const again = parseScorecard(JSON.parse(JSON.stringify(scorecard)))
 * ```
 *
 * @category Scorecards
 */
export function parseScorecard(input: unknown): Scorecard {
  const parsed = ScorecardSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_SCORECARD, 'invalid scorecard', parsed.error)
  return parsed.data
}
