/**
 * @chiso/sdk — everything a plugin author needs to write rules, normalisers and aggregators for chiso, from
 * one package. It re-exports the authoring API of `@chiso/core` unchanged (the built-in `chiso` plugin is
 * written with the very same helpers), so a plugin depends on `@chiso/sdk` and lists `@chiso/core` only
 * where it also runs the engine.
 *
 * - `defineRule`, `defineNormaliser`, `defineAggregator`, `definePlugin`: typed helpers that check ids and
 *   freeze the definition.
 * - The contract types (`RuleDefinition`, `RuleContext`, `NormaliserContext`, `AggregatorContext`, …) and
 *   {@link PLUGIN_API_VERSION}.
 * - Exact decimals: `dec`, `Dec` (never use binary floats for points) and the option schemas
 *   `DecimalStringSchema`, `NonNegativeDecimalStringSchema`.
 * - Errors and diagnostics: `ChisoError`, `isChisoError`, `DIAGNOSTIC_CODES`.
 *
 * Test helpers (fast-check arbitraries and conformance checks) live in the `@chiso/sdk/testing` subpath so
 * that `fast-check` stays an optional peer dependency of production code.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { defineRule, definePlugin, NonNegativeDecimalStringSchema } from '@chiso/sdk'
 *
 * export const half = defineRule({
 *   id: 'acme/half',
 *   meta: { title: 'Half the entered points', inputs: { value: 'decimal' } },
 *   options: z.strictObject({ floor: NonNegativeDecimalStringSchema.default('0') }),
 *   score: ({ input, options, dec }) => {
 *     const half = dec(input.value as never).div(2)
 *     return half.lt(options.floor) ? dec(options.floor) : half
 *   },
 * })
 * export const acme = definePlugin({ name: 'acme', version: '1.0.0', rules: [half] })
 * acme.apiVersion // 1
 * ```
 *
 * @packageDocumentation
 */

export type {
  AggregatorChild,
  AggregatorContext,
  AggregatorDefinition,
  AggregatorMeta,
  ChisoErrorOptions,
  ChisoIssue,
  CohortReporter,
  DecimalLike,
  DecimalString,
  Deprecation,
  DiagnosticCode,
  ErrorCode,
  InputField,
  InputKind,
  InputSpec,
  ItemMeta,
  JsonPath,
  NodeInfo,
  NormaliserContext,
  NormaliserDefinition,
  OptionIssue,
  Plugin,
  PluginItem,
  Reporter,
  RuleContext,
  RuleDefinition,
  RuleInput,
  RuleInputValue,
  RuleMeta,
  RuleStaticContext,
  Severity,
} from '@chiso/core'
export {
  ChisoError,
  Dec,
  DecimalStringSchema,
  DIAGNOSTIC_CODES,
  dec,
  defineAggregator,
  defineNormaliser,
  definePlugin,
  defineRule,
  ERROR_CODES,
  inputFields,
  isChisoError,
  NonNegativeDecimalStringSchema,
  PLUGIN_API_VERSION,
  resolveOptions,
  toDecimalString,
  validatePlugin,
} from '@chiso/core'
