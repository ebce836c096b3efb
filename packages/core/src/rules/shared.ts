// Helpers shared by the built-in rules: reading typed inputs, the "points default to the node's maximum"
// convention and its checks, and outcome lists. Internal: not exported from the package.
import * as z from 'zod'
import { Dec, dec } from '../decimal/decimal.js'
import type { NodeInfo, OptionIssue, RuleInput } from '../plugin/contract.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'

/** A decimal string > 0 (a step, a divisor). */
// Not built on first use: a stand-in inside another schema breaks zod's JSON Schema for a refinement of a
// schema used beside it (lazy-schemas.test.ts), and a refinement costs little to build.
export const PositiveDecimalStringSchema = DecimalStringSchema.refine((text) => dec(text).gt(0), {
  message: 'expected a decimal string > 0',
})

/**
 * Reads a decimal input. The engine coerces inputs to the kinds a rule declares, so anything else is a
 * contract violation: it throws, and the engine records `RULE_FAILED`.
 */
export function decimalInput(input: RuleInput, name: string): Dec {
  const value = input[name]
  if (value instanceof Dec) return value
  // A Decimal of another decimal.js copy or clone: take its value into chiso's configured class.
  if (Dec.isDecimal(value)) return dec(value as Dec)
  throw new TypeError(`input "${name}" must be a decimal, got ${typeof value}`)
}

/** Reads a boolean input (see {@link decimalInput}). */
export function booleanInput(input: RuleInput, name: string): boolean {
  const value = input[name]
  if (typeof value === 'boolean') return value
  throw new TypeError(`input "${name}" must be a boolean, got ${typeof value}`)
}

/** The points a rule gives at best: its `points` option, else the node's declared maximum. */
export function pointsOrMax(points: string | undefined, node: NodeInfo): Dec {
  if (points !== undefined) return dec(points)
  if (node.max !== null) return node.max
  // `check` rejects this configuration, so scoring never gets here through the engine.
  throw new TypeError(`node ${node.code}: no points option and no node maximum`)
}

/**
 * Checks a "points, defaulting to the node's maximum" option: one of the two must be given, and the points
 * must not exceed the maximum.
 */
export function checkPointsOption(key: string, points: string | undefined, node: NodeInfo): OptionIssue[] {
  if (points === undefined) {
    return node.max === null ? [{ path: [key], message: `give "${key}" or a maximum (max) on the node` }] : []
  }
  return checkAtMostMax([key], points, node)
}

/** An issue when `value` exceeds the node's maximum (none when the node has no maximum). */
export function checkAtMostMax(path: OptionIssue['path'], value: string, node: NodeInfo): OptionIssue[] {
  if (node.max !== null && dec(value).gt(node.max)) {
    const what = path[path.length - 1]
    return [
      {
        path,
        message: `${String(what)} ${value} exceed${what === 'points' ? '' : 's'} the node maximum ${node.max.toFixed()}`,
      },
    ]
  }
  return []
}

/** Distinct values in ascending order (equal decimals such as `1` and `1.0` count once). */
export function distinctAscending(values: ReadonlyArray<Dec>): Dec[] {
  const sorted = [...values].sort((a, b) => a.comparedTo(b))
  return sorted.filter((value, index) => index === 0 || !value.eq(sorted[index - 1]!))
}

/** The options schema of a rule without options: an empty object that rejects unknown keys. */
export const NoOptionsSchema = lazySchema(() => z.strictObject({}))
