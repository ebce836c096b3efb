import { defineRule } from '../plugin/define.js'
import { decimalInput, NoOptionsSchema } from './shared.js'

/**
 * A raw indicator value (*giá trị chỉ tiêu*) for composite indexes such as PCI or DDCI: the input `value` is
 * returned unchanged, unbounded (`produces: 'value'`), for a cohort normaliser (min-max, rank…) and an
 * aggregator to turn into a sub-index. No options. Continuous: no outcomes.
 *
 * @example
 * ```ts
 * // Days needed to register a business; rescaled 1–10 across provinces, lower is better.
 * const node = { code: 'A1', title: 'Số ngày đăng ký doanh nghiệp', direction: -1,
 *   rule: { use: 'chiso/value' }, normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } } }
 * // value 12.5 → '12.5'
 * ```
 */
export const value = defineRule({
  id: 'chiso/value',
  meta: {
    title: 'Raw indicator value',
    titleVi: 'Giá trị chỉ tiêu',
    description:
      'Passes the input value through unchanged, for composite indexes that rescale it across units.',
    inputs: { value: 'decimal' },
    produces: 'value',
  },
  options: NoOptionsSchema,
  score: ({ input }) => decimalInput(input, 'value'),
})
