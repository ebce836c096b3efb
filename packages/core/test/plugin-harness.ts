// Test harness for built-in plugin items: resolve options like the engine does and run one item on plain
// inputs, collecting what it reports. Tests of rules, normalisers and aggregators share it.
import { type Dec, dec } from '../src/decimal/decimal.js'
import type {
  AggregatorDefinition,
  NodeInfo,
  NormaliserDefinition,
  RuleDefinition,
  RuleInputValue,
  Severity,
} from '../src/plugin/contract.js'
import { resolveOptions } from '../src/plugin/options.js'

export interface Reported {
  code: string
  message: string
  severity: Severity
  unitIndex?: number
}

/** A node for tests: code `t`, the given max (or none), direction 1, path `tree[0]`. */
export function testNode(max?: string | null, direction: 1 | -1 = 1): NodeInfo {
  return { code: 't', max: max === undefined || max === null ? null : dec(max), direction, path: ['tree', 0] }
}

/** Resolves raw options (throws the located ChisoError the engine would throw) and scores one input. */
export function runRule<O>(
  rule: RuleDefinition<O>,
  rawOptions: unknown,
  input: Record<string, string | boolean>,
  node: NodeInfo = testNode(),
): { result: Dec | string; reports: Reported[] } {
  const options = resolveOptions(rule, rawOptions, node, ['tree', 0, 'rule', 'with'])
  const reports: Reported[] = []
  const converted: Record<string, RuleInputValue> = {}
  for (const [key, value] of Object.entries(input))
    converted[key] = typeof value === 'boolean' ? value : dec(value)
  const result = rule.score({
    input: converted,
    options,
    node,
    dec,
    report: (code, message, severity = 'warning') => reports.push({ code, message, severity }),
  })
  return { result, reports }
}

/** Resolves options and returns the rule's enumerated outcomes as strings. */
export function ruleOutcomes<O>(
  rule: RuleDefinition<O>,
  rawOptions: unknown,
  node: NodeInfo = testNode(),
): string[] | undefined {
  const options = resolveOptions(rule, rawOptions, node, ['tree', 0, 'rule', 'with'])
  return rule.outcomes?.({ options, node, dec }).map((value) => value.toFixed())
}

/** Resolves options and normalises a column (`null` = no value). */
export function runNormaliser<O>(
  normaliser: NormaliserDefinition<O>,
  rawOptions: unknown,
  values: ReadonlyArray<string | null>,
  node: NodeInfo = testNode(),
  units?: ReadonlyArray<string>,
): { result: Array<string | null>; reports: Reported[] } {
  const options = resolveOptions(normaliser, rawOptions, node, ['tree', 0, 'normalise', 'with'])
  const reports: Reported[] = []
  const result = normaliser.normalise({
    values: values.map((value) => (value === null ? null : dec(value))),
    options,
    node,
    dec,
    report: (code, message, severity = 'warning', unitIndex) =>
      reports.push({ code, message, severity, unitIndex }),
    ...(units ? { units } : {}),
  })
  return { result: result.map((value) => (value === null ? null : value.toFixed())), reports }
}

/** Resolves options and aggregates children given as `[value, weight?, max?]`. */
export function runAggregator<O>(
  aggregator: AggregatorDefinition<O>,
  rawOptions: unknown,
  children: ReadonlyArray<readonly [string, string?, string?]>,
  node: NodeInfo = testNode(),
): { result: string | null; reports: Reported[] } {
  const options = resolveOptions(aggregator, rawOptions, node, ['tree', 0, 'aggregate', 'with'])
  const reports: Reported[] = []
  const result = aggregator.aggregate({
    children: children.map(([value, weight, max], index) => ({
      code: `c${index}`,
      value: dec(value),
      weight: dec(weight ?? '1'),
      max: max === undefined ? null : dec(max),
    })),
    options,
    node,
    dec,
    report: (code, message, severity = 'warning') => reports.push({ code, message, severity }),
  })
  return { result: result === null ? null : result.toFixed(), reports }
}
