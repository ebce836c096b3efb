import { ChisoError, type ChisoIssue, formatPath, type JsonPath } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { throwZodError } from '../errors/from-zod.js'
import { type Dataset, DatasetSchema } from './dataset.js'
import { type Methodology, MethodologySchema } from './methodology.js'
import type { MethodologyNode } from './node.js'
import { type Scorecard, ScorecardSchema } from './scorecard.js'

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
 */
export function parseMethodology(input: unknown): Methodology {
  const parsed = MethodologySchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_METHODOLOGY, 'invalid methodology', parsed.error)
  const methodology = parsed.data
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

function checkTreeStructure(methodology: Methodology): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const seen = new Map<string, JsonPath>()
  const visit = (node: MethodologyNode, path: JsonPath) => {
    const first = seen.get(node.code)
    if (first) {
      issues.push({
        path: [...path, 'code'],
        message: `duplicate node code "${node.code}" (also at ${formatPath(first)})`,
      })
    } else seen.set(node.code, path)
    if (node.children && node.rule) {
      issues.push({ path: [...path, 'rule'], message: 'a node has either children or a rule, not both' })
    }
    if (!node.children && !node.rule) {
      issues.push({
        path,
        message: 'a leaf needs a rule (e.g. { use: "chiso/points" }), or give it children',
      })
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
  methodology.ranking.tieBreakers.forEach((breaker, index) => {
    if (!seen.has(breaker.node)) {
      issues.push({
        path: ['ranking', 'tieBreakers', index, 'node'],
        message: `no node has code "${breaker.node}"`,
      })
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

// Datasets this module has parsed: evaluating one again skips the (costly, for a million observations) second
// parse. Parsed datasets are treated as immutable.
const PARSED_DATASETS = new WeakSet<object>()

/**
 * Tells whether a value is a dataset returned by {@link parseDataset} (so it need not be parsed again).
 *
 * @example
 * ```ts
 * isParsedDataset(parseDataset({ units: [], observations: [] })) // true
 * isParsedDataset({ units: [], observations: [] })               // false
 * ```
 */
export function isParsedDataset(value: unknown): value is Dataset {
  return typeof value === 'object' && value !== null && PARSED_DATASETS.has(value)
}

/**
 * Marks a dataset built from parsed parts (e.g. a scoring session's current data) as parsed. Internal: the
 * caller guarantees every unit and observation already passed the schema and unit codes are unique.
 */
export function markParsedDataset(dataset: Dataset): Dataset {
  PARSED_DATASETS.add(dataset)
  return dataset
}

/**
 * Parses an unknown value into a {@link Dataset}, or throws a {@link ChisoError} listing every problem with
 * its path (`observations[12].value: expected a decimal string, got "abc"`). The result is treated as
 * immutable: evaluating it does not parse it again, so do not modify it.
 *
 * @example
 * ```ts
 * parseDataset({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1', value: 'NA' }] })
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_DATASET, 'invalid dataset', parsed.error)
  const dataset = parsed.data
  const issues: ChisoIssue[] = []
  const codes = new Set<string>()
  dataset.units.forEach((unit, index) => {
    if (codes.has(unit.code))
      issues.push({ path: ['units', index, 'code'], message: `duplicate unit code "${unit.code}"` })
    codes.add(unit.code)
  })
  if (issues.length > 0) {
    throw new ChisoError(ERROR_CODES.INVALID_DATASET, `invalid dataset: ${issues.length} problem(s)`, {
      issues,
    })
  }
  PARSED_DATASETS.add(dataset)
  return dataset
}

/**
 * Parses an unknown value (e.g. a scorecard read back from JSON) into a {@link Scorecard}.
 *
 * @example
 * ```ts
 * const again = parseScorecard(JSON.parse(JSON.stringify(scorecard)))
 * ```
 */
export function parseScorecard(input: unknown): Scorecard {
  const parsed = ScorecardSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_SCORECARD, 'invalid scorecard', parsed.error)
  return parsed.data
}
