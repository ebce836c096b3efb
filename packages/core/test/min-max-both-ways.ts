// The min-max normaliser's values of a column computed both ways: by the plugin (decimal.js, the definition)
// and by the engine's exact fast path (`minMaxColumn`). The fast path's property tests compare the two.
import { dec, toDecimalString } from '../src/decimal/decimal.js'
import { DecimalCache } from '../src/engine/decimal-cache.js'
import { type MinMaxOptions, minMaxColumn } from '../src/engine/fast-min-max.js'
import { minMax } from '../src/normalisers/min-max.js'
import { resolveOptions } from '../src/plugin/options.js'
import { runNormaliser, testNode } from './plugin-harness.js'

/**
 * The plugin's printed values of a column scaled to `[l, u]`, and the fast path's (`undefined` when it declines
 * the column).
 */
export function minMaxBothWays(
  values: ReadonlyArray<string | null>,
  bounds: { l: string; u: string },
  direction: 1 | -1,
): { plugin: Array<string | null>; fast: Array<string | null> | undefined } {
  const node = testNode(null, direction)
  const { result } = runNormaliser(minMax, bounds, values, node)
  const options = resolveOptions(minMax, bounds, node, ['normalise']) as MinMaxOptions
  const cache = new DecimalCache()
  const fast = minMaxColumn(
    values.map((text) => (text === null ? null : cache.dec(text))),
    options,
    direction,
    cache,
  )
  return {
    plugin: result.map((out) => (out === null ? null : toDecimalString(dec(out)))),
    fast: fast?.map((out) => (out === null ? null : toDecimalString(out))),
  }
}
