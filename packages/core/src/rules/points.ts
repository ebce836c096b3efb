import { dec } from '../decimal/decimal.js'
import { withErrorReason } from '../errors/error-reason.js'
import { defineRule } from '../plugin/define.js'
import { decimalInput, NoOptionsSchema } from './shared.js'

// The engine mirrors this rule in engine/fast-paths.ts (values within [0, max] are taken as they are, without
// calling `score`): a change to what it returns must be made there too.
/**
 * Appraised points entered directly (*điểm thẩm định*): the input `value` is the points themselves, as the
 * appraisal council gave them. The node must declare a `max`. A value above it is reported as `INPUT_RANGE`
 * (warning) and scored as the maximum; a negative value is reported and scored 0. No options. Continuous: no
 * outcomes.
 *
 * @example
 * ```ts
 * const node = { code: '3.2.1', title: 'Chất lượng văn bản QPPL', max: '1.5', source: 'appraisal',
 *   rule: { use: 'chiso/points' } }
 * // value 1.25 → '1.25'; value 2 → '1.5' (with an INPUT_RANGE warning)
 * ```
 */
export const points = defineRule({
  id: 'chiso/points',
  meta: {
    title: 'Points entered directly',
    titleVi: 'Điểm thẩm định',
    description: "Takes the points entered for the unit (e.g. by appraisal), bounded by the node's maximum.",
    inputs: { value: 'decimal' },
  },
  options: NoOptionsSchema,
  check: ({ node }) =>
    node.max === null
      ? [
          withErrorReason(
            {
              path: [],
              message: 'chiso/points needs a maximum (max) on the node to bound the entered points',
            },
            { code: 'options.points-needs-max', params: {} },
          ),
        ]
      : [],
  score: ({ input, node, report }) => {
    const value = decimalInput(input, 'value')
    const max = node.max!
    if (value.isNegative()) {
      report('INPUT_RANGE', `points ${value.toFixed()} are negative: scored 0`, 'error')
      return dec(0)
    }
    if (value.gt(max)) {
      report(
        'INPUT_RANGE',
        `points ${value.toFixed()} exceed the node maximum ${max.toFixed()}: scored ${max.toFixed()}`,
        'warning',
      )
      return max
    }
    return value
  },
})
