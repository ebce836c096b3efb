import { dec } from '../decimal/decimal.js'
import { ChisoError, type ChisoIssue, type JsonPath } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { copyErrorReason } from '../errors/error-reason.js'
import { zodIssuesToChisoIssues } from '../errors/from-zod.js'
import type {
  AggregatorDefinition,
  InputField,
  InputSpec,
  NodeInfo,
  NormaliserDefinition,
  RuleDefinition,
} from './contract.js'

/**
 * Validates a plugin item's options (`with`) against its schema and its `check`, with the node it runs on.
 * Throws a `ChisoError` (`INVALID_OPTIONS`) whose issues are located under `path` (the node's path plus
 * `rule.with`, `normalise.with` or `aggregate.with`).
 *
 * @example
 * ```ts
 * const options = resolveOptions(yesNo, { points: '2' }, node, ['tree', 0, 'rule', 'with'])
 * // { points: '2', whenNo: '0', invert: false }
 * ```
 *
 * @category Plugins
 */
export function resolveOptions<O>(
  item: RuleDefinition<O> | NormaliserDefinition<O> | AggregatorDefinition<O>,
  raw: unknown,
  node: NodeInfo,
  path: JsonPath,
): O {
  // jitless: zod would otherwise generate and compile a parser for each options object on its first parse,
  // which pays only over many parses; a methodology parses each node's options once (the same result and
  // issues either way).
  const parsed = (
    item.options as {
      safeParse(
        value: unknown,
        params: { jitless: boolean },
      ): { success: boolean; data?: unknown; error?: { issues: never[] } }
    }
  ).safeParse(raw ?? {}, { jitless: true })
  if (!parsed.success) {
    const issues = zodIssuesToChisoIssues(parsed.error?.issues ?? [], path)
    throw new ChisoError(ERROR_CODES.INVALID_OPTIONS, `invalid options for ${item.kind} "${item.id}"`, {
      issues,
      path: issues[0]?.path ?? path,
    })
  }
  const options = parsed.data as O
  const check = (
    item as {
      check?: (context: { options: O; node: NodeInfo; dec: typeof dec }) => ReadonlyArray<ChisoIssue>
    }
  ).check
  const problems = check ? check({ options, node, dec }) : []
  if (problems.length > 0) {
    const issues = problems.map((problem) =>
      copyErrorReason(problem, { path: [...path, ...(problem.path ?? [])], message: problem.message }),
    )
    throw new ChisoError(ERROR_CODES.INVALID_OPTIONS, `invalid options for ${item.kind} "${item.id}"`, {
      issues,
      path: issues[0]?.path ?? path,
    })
  }
  return options
}

/**
 * Inputs a rule reads when it does not say: one decimal named `value`.
 *
 * @example
 * ```ts
 * DEFAULT_INPUTS // { value: 'decimal' }
 * const plain = defineRule({ id: 'acme/plain', meta: { title: 'Plain' }, options: z.object({}),
 *   score: ({ input }) => input.value as Dec })
 * inputFields(plain, {}) // { value: { kind: 'decimal' } }
 * ```
 *
 * @category Plugins
 */
export const DEFAULT_INPUTS: InputSpec = Object.freeze({ value: 'decimal' })

/**
 * The inputs a rule reads with given options, each as `{ kind, optional }`.
 *
 * @example
 * ```ts
 * inputFields(shareBands, options) // { done: { kind: 'decimal' }, total: { kind: 'decimal' } }
 * ```
 *
 * @category Plugins
 */
export function inputFields<O>(rule: RuleDefinition<O>, options: O): Readonly<Record<string, InputField>> {
  const spec =
    rule.meta.inputs === undefined
      ? DEFAULT_INPUTS
      : typeof rule.meta.inputs === 'function'
        ? rule.meta.inputs(options)
        : rule.meta.inputs
  const out: Record<string, InputField> = {}
  for (const [name, field] of Object.entries(spec))
    out[name] = typeof field === 'string' ? { kind: field } : field
  return out
}
