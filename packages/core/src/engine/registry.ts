import { ChisoError, type JsonPath } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type {
  AggregatorDefinition,
  NormaliserDefinition,
  Plugin,
  RuleDefinition,
} from '../plugin/contract.js'
import { validatePlugin } from '../plugin/define.js'

/** The items of a set of plugins, by id; frozen when created. */
export interface Registry {
  readonly plugins: ReadonlyArray<Plugin>
  readonly namespaces: ReadonlySet<string>
  rule(id: string, path: JsonPath): RuleDefinition<unknown>
  normaliser(id: string, path: JsonPath): NormaliserDefinition<unknown>
  aggregator(id: string, path: JsonPath): AggregatorDefinition<unknown>
}

/** Builds a frozen registry from plugins; a namespace registered twice is an `INVALID_PLUGIN` error. */
export function createRegistry(plugins: ReadonlyArray<Plugin>): Registry {
  const rules = new Map<string, RuleDefinition<unknown>>()
  const normalisers = new Map<string, NormaliserDefinition<unknown>>()
  const aggregators = new Map<string, AggregatorDefinition<unknown>>()
  const namespaces = new Set<string>()
  for (const plugin of plugins) {
    validatePlugin(plugin)
    if (namespaces.has(plugin.name)) {
      throw new ChisoError(
        ERROR_CODES.INVALID_PLUGIN,
        `plugin namespace "${plugin.name}" is registered twice`,
      )
    }
    namespaces.add(plugin.name)
    for (const rule of plugin.rules ?? []) rules.set(rule.id, rule)
    for (const normaliser of plugin.normalisers ?? []) normalisers.set(normaliser.id, normaliser)
    for (const aggregator of plugin.aggregators ?? []) aggregators.set(aggregator.id, aggregator)
  }
  const find = <T>(map: Map<string, T>, kind: string, id: string, path: JsonPath): T => {
    const item = map.get(id)
    if (item) return item
    const namespace = id.split('/')[0] ?? ''
    const known = [...map.keys()].filter((key) => key.startsWith(`${namespace}/`))
    throw new ChisoError(
      namespaces.has(namespace) ? ERROR_CODES.UNKNOWN_PLUGIN_ITEM : ERROR_CODES.PLUGIN_MISSING,
      namespaces.has(namespace)
        ? `unknown ${kind} "${id}"`
        : `${kind} "${id}" needs the plugin "${namespace}", which was not passed to createEngine`,
      {
        path,
        reason: namespaces.has(namespace)
          ? { code: 'methodology.unknown-item', params: { kind, id } }
          : { code: 'methodology.item-needs-plugin', params: { kind, id, namespace } },
        hint:
          known.length > 0
            ? `known ${kind}s in "${namespace}": ${known.join(', ')}`
            : `pass the plugin: createEngine({ plugins: [${namespace}Plugin] })`,
      },
    )
  }
  return Object.freeze({
    plugins: Object.freeze([...plugins]),
    namespaces,
    rule: (id: string, path: JsonPath) => find(rules, 'rule', id, path),
    normaliser: (id: string, path: JsonPath) => find(normalisers, 'normaliser', id, path),
    aggregator: (id: string, path: JsonPath) => find(aggregators, 'aggregator', id, path),
  })
}
