import type { z } from 'zod'
import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import {
  type AggregatorDefinition,
  type NormaliserDefinition,
  PLUGIN_API_VERSION,
  type Plugin,
  type RuleDefinition,
} from './contract.js'

const ITEM_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/
const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/

function checkId(id: string): void {
  if (!ITEM_ID.test(id)) {
    throw new ChisoError(
      ERROR_CODES.INVALID_PLUGIN,
      `invalid id "${id}": expected "namespace/name" in lower case`,
    )
  }
}

/**
 * Defines a leaf rule. The options type is inferred from the zod schema.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { defineRule } from '@chiso/core'
 *
 * export const double = defineRule({
 *   id: 'acme/double',
 *   meta: { title: 'Twice the value', inputs: { value: 'decimal' } },
 *   options: z.object({}),
 *   score: ({ input, dec }) => dec(input.value as never).times(2),
 * })
 * double.id // 'acme/double'
 * ```
 *
 * @category Plugins
 */
export function defineRule<S extends z.ZodType>(
  definition: Omit<RuleDefinition<z.output<S>>, 'kind' | 'options'> & { options: S },
): RuleDefinition<z.output<S>> {
  checkId(definition.id)
  return Object.freeze({ ...definition, kind: 'rule' as const }) as RuleDefinition<z.output<S>>
}

/**
 * Defines a cohort normaliser.
 *
 * @example
 * ```ts
 * export const negate = defineNormaliser({
 *   id: 'acme/negate',
 *   meta: { title: 'Negate' },
 *   options: z.object({}),
 *   normalise: ({ values }) => values.map((v) => (v === null ? null : v.negated())),
 * })
 * ```
 *
 * @category Plugins
 */
export function defineNormaliser<S extends z.ZodType>(
  definition: Omit<NormaliserDefinition<z.output<S>>, 'kind' | 'options'> & { options: S },
): NormaliserDefinition<z.output<S>> {
  checkId(definition.id)
  return Object.freeze({ ...definition, kind: 'normaliser' as const }) as NormaliserDefinition<z.output<S>>
}

/**
 * Defines an aggregator.
 *
 * @example
 * ```ts
 * export const maximum = defineAggregator({
 *   id: 'acme/max',
 *   meta: { title: 'Maximum of the children' },
 *   options: z.object({}),
 *   aggregate: ({ children }) => children.reduce((m, c) => (c.value.gt(m) ? c.value : m), children[0]!.value),
 * })
 * ```
 *
 * @category Plugins
 */
export function defineAggregator<S extends z.ZodType>(
  definition: Omit<AggregatorDefinition<z.output<S>>, 'kind' | 'options'> & { options: S },
): AggregatorDefinition<z.output<S>> {
  checkId(definition.id)
  return Object.freeze({ ...definition, kind: 'aggregator' as const }) as AggregatorDefinition<z.output<S>>
}

/**
 * Defines a plugin: checks that every item id is in the plugin's namespace, that ids are unique and that the
 * plugin was written for this {@link PLUGIN_API_VERSION}. Throws a `ChisoError` (`INVALID_PLUGIN`) otherwise.
 *
 * @example
 * ```ts
 * export const acme = definePlugin({ name: 'acme', version: '1.0.0', rules: [double] })
 * acme.apiVersion // 1
 * ```
 *
 * @category Plugins
 */
export function definePlugin(plugin: Omit<Plugin, 'apiVersion'> & { apiVersion?: number }): Plugin {
  const complete: Plugin = { ...plugin, apiVersion: plugin.apiVersion ?? PLUGIN_API_VERSION }
  validatePlugin(complete)
  return Object.freeze(complete)
}

/**
 * Checks a plugin's shape; `createEngine` runs it on every plugin it receives.
 *
 * @example
 * ```ts
 * validatePlugin({ name: 'acme', apiVersion: 1, rules: [] }) // no error
 * ```
 *
 * @category Plugins
 */
export function validatePlugin(plugin: Plugin): void {
  if (!NAMESPACE.test(plugin.name)) {
    throw new ChisoError(ERROR_CODES.INVALID_PLUGIN, `invalid plugin name "${plugin.name}"`)
  }
  if (plugin.apiVersion !== PLUGIN_API_VERSION) {
    throw new ChisoError(
      ERROR_CODES.INVALID_PLUGIN,
      `plugin "${plugin.name}" was written for plugin API ${plugin.apiVersion}; this chiso implements ${PLUGIN_API_VERSION}`,
    )
  }
  const ids = new Set<string>()
  for (const item of [
    ...(plugin.rules ?? []),
    ...(plugin.normalisers ?? []),
    ...(plugin.aggregators ?? []),
  ]) {
    checkId(item.id)
    if (!item.id.startsWith(`${plugin.name}/`)) {
      throw new ChisoError(
        ERROR_CODES.INVALID_PLUGIN,
        `item "${item.id}" of plugin "${plugin.name}" must have an id starting with "${plugin.name}/"`,
      )
    }
    const key = `${item.kind}:${item.id}`
    if (ids.has(key))
      throw new ChisoError(
        ERROR_CODES.INVALID_PLUGIN,
        `plugin "${plugin.name}" defines ${item.kind} "${item.id}" twice`,
      )
    ids.add(key)
  }
}
