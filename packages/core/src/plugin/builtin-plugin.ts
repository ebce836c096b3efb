import { BUILTIN_AGGREGATORS } from '../aggregators/index.js'
import { BUILTIN_NORMALISERS } from '../normalisers/index.js'
import { BUILTIN_STAGE_STEPS } from '../pipeline/index.js'
import { BUILTIN_RULES } from '../rules/index.js'
// builtinPlugin is typed, not inferred: its declaration then names core's own Plugin, whatever other package of
// the compiler's program re-exports it.
import type { Plugin } from './contract.js'
import { definePlugin } from './define.js'

/**
 * The built-in `chiso` plugin: every rule, normaliser and aggregator that ships with core, written with the
 * same `define*` helpers plugin authors use. `createEngine` includes it unless told not to.
 *
 * @example
 * ```ts
 * import { builtinPlugin } from '@chiso/core'
 * builtinPlugin.rules?.map((rule) => rule.id) // ['chiso/yes-no', 'chiso/bands', …]
 * ```
 *
 * @category Plugins
 */
export const builtinPlugin: Plugin = definePlugin({
  name: 'chiso',
  rules: BUILTIN_RULES,
  normalisers: [...BUILTIN_NORMALISERS, ...BUILTIN_STAGE_STEPS],
  aggregators: BUILTIN_AGGREGATORS,
})
